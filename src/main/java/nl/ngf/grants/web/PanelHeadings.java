package nl.ngf.grants.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.menu.Menu;
import org.primefaces.component.panel.Panel;
import org.primefaces.component.panel.PanelRenderer;

/**
 * A panel's title is a heading, as it looks: PrimeFaces writes it as a plain {@code span}, so a screen reader's list of
 * a page's headings held only its title and left out every section (*Financiering*, *Tijdlijn*, *Voorwaarden*), and a
 * heading inside a panel (a round of the conditions, the payments) stood straight under the page's title. The title
 * gets the heading's role, at level 2 for a panel on the page and one deeper for each panel it is in.
 * Replaces PrimeFaces' renderer of {@code p:panel} (faces-config.xml).
 */
public class PanelHeadings extends PanelRenderer {

    @Override
    protected void encodeHeader(FacesContext context, Panel panel, Menu optionsMenu) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new TitleAsHeading(writer, level(panel)));
        try {
            super.encodeHeader(context, panel, optionsMenu);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    /** 2 for a panel on the page, one more for each panel around it. */
    static int level(UIComponent panel) {
        int level = 2;
        for (UIComponent parent = panel.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Panel) {
                level++;
            }
        }
        return level;
    }

    /** Writes the header as PrimeFaces does, its title element marked as a heading of the given level. */
    private static final class TitleAsHeading extends ResponseWriterWrapper {
        private final int level;

        TitleAsHeading(ResponseWriter writer, int level) {
            super(writer);
            this.level = level;
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            super.writeAttribute(name, value, property);
            if ("class".equals(name) && Panel.PANEL_TITLE_CLASS.equals(value)) {
                super.writeAttribute("role", "heading", null);
                super.writeAttribute("aria-level", String.valueOf(level), null);
            }
        }
    }
}

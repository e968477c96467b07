package nl.ngf.grants.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
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
        AttributesAdded.around(context, "class", Panel.PANEL_TITLE_CLASS,
                java.util.Map.of("role", "heading", "aria-level", String.valueOf(level(panel))),
                () -> super.encodeHeader(context, panel, optionsMenu));
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
}

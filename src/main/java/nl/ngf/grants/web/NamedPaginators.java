package nl.ngf.grants.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.api.Pageable;
import org.primefaces.component.datatable.DataTableRenderer;

/**
 * A table's page links are a navigation landmark (PrimeFaces' {@code role="navigation"}) without a name: with two tables
 * on a page (the users and the organisations) a screen reader's list of landmarks reads "navigation" twice, and neither
 * says whose pages it turns. A table given a {@value #NAME} attribute (the name of what it lists) names its page links by
 * it. Replaces PrimeFaces' renderer of {@code p:dataTable} (faces-config.xml).
 */
public class NamedPaginators extends DataTableRenderer {

    /** The attribute of a table ({@code <f:attribute>}) that names its page links. */
    static final String NAME = "pagesName";

    @Override
    protected void encodePaginatorMarkup(FacesContext context, Pageable pageable, String position) throws IOException {
        Object name = ((UIComponent) pageable).getAttributes().get(NAME);
        if (name == null) {
            super.encodePaginatorMarkup(context, pageable, position);
            return;
        }
        AttributesAdded.around(context, "role", "navigation", java.util.Map.of("aria-label", name.toString()),
                () -> super.encodePaginatorMarkup(context, pageable, position));
    }
}

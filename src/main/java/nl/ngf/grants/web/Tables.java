package nl.ngf.grants.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

/** What the paged lists share: a list narrowed anew starts at its first page. */
@Named
@ApplicationScoped
public class Tables {

    /**
     * Shows the first page of the table with this client id, as in
     * {@code <p:ajax listener="#{tables.firstPage('filter:partnerships')}"/>}: after a new search or another
     * choice in a filter the page the user was on may hold nothing, or not what they look for first.
     */
    public void firstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}

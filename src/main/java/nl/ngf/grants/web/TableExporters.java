package nl.ngf.grants.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Puts the application's exporters of data tables in the place of PrimeFaces' own, on the application's first request:
 * CSV in which nothing typed runs as a formula ({@link SpreadsheetSafeCsv}), XLSX streamed with fitted columns
 * ({@link FittedXlsx}). PrimeFaces keeps its exporters in its application context, which cannot be made while Faces
 * starts (it reads the session cookie configuration, which a listener added at start-up may not).
 */
public class TableExporters implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String REGISTERED = TableExporters.class.getName();

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getFacesContext().getExternalContext().getApplicationMap().putIfAbsent(REGISTERED, Boolean.TRUE) == null) {
            DataExporters.register(DataTable.class, SpreadsheetSafeCsv.class, "csv");
            DataExporters.register(DataTable.class, FittedXlsx.class, "xlsx");
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing after: registered before the first view is restored.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}

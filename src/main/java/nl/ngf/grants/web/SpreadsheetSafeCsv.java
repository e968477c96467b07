package nl.ngf.grants.web;

import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * Every table's CSV export, written so that a spreadsheet opening it never runs what someone typed as a formula:
 * a cell that begins as a formula does ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets
 * an apostrophe in front, which spreadsheets read as "this is text" (OWASP's advice against CSV injection). A user
 * name typed at the login page, a programme's title or a milestone reaches the audit log and the lists, and an
 * auditor opens their exports in a spreadsheet. A number that is only signed (-12, -€ 5,00) and a lone sign stay as they are.
 * PrimeFaces' own CSV exporter writes every cell as it is; this one replaces it for data tables ({@link TableExporters}).
 * The XLSX exports need nothing of the kind: their cells are text or numbers, never formulas.
 */
public class SpreadsheetSafeCsv extends DataTableCSVExporter {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");
    /** A plain number, signed, with separators, a euro sign or a percent: nothing a spreadsheet could run. */
    private static final Pattern SIGNED_NUMBER = Pattern.compile("^[-+]\\s*€?\\s*[0-9][0-9.,\\s]*%?$");

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, value != null && value.isStringValue()
                ? ColumnValue.of(neutralised((String) value.getValue())) : value, index);
    }

    /** The text as a spreadsheet should show it: as text, never as a formula. */
    static String neutralised(String text) {
        if (text == null || text.length() < 2 || !FORMULA_START.matcher(text).find() || SIGNED_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}

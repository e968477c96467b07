package nl.ngf.grants.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.component.export.ExcelOptions;

/**
 * How tables of records (the audit log, the auditor's timeline) are written to XLSX: every text cell verbatim.
 * PrimeFaces by default turns text that reads as a number in the user's language into a number, and in Dutch
 * "1.500" reads as fifteen hundred; an auditor's export must say what the record says.
 */
@Named
@ApplicationScoped
public class Exports {

    /**
     * How many rows an export of a table read a page at a time (lazily) asks for at once: more than such a table holds,
     * so that one read takes them all. With a number here PrimeFaces reads until a read comes back empty; without one
     * it reads as many rows as the page counted when it was shown, and a tranche that left the list since (a report
     * submitted, a payment made) left it asking for the missing rows for ever, while rows added since were left out.
     */
    public static final int WHOLE_TABLE = 1_000_000;

    private final ExcelOptions verbatim = new ExcelOptions();

    public Exports() {
        verbatim.setStronglyTypedCells(false);
    }

    /** {@link #WHOLE_TABLE}, for the pages' exporters. */
    public int getWholeTable() {
        return WHOLE_TABLE;
    }

    /** XLSX options that keep every text cell as text (numbers and dates given as such stay numbers and dates). */
    public ExcelOptions getVerbatim() {
        return verbatim;
    }
}

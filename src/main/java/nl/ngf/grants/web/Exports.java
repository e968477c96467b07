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

    private final ExcelOptions verbatim = new ExcelOptions();

    public Exports() {
        verbatim.setStronglyTypedCells(false);
    }

    /** XLSX options that keep every text cell as text (numbers and dates given as such stay numbers and dates). */
    public ExcelOptions getVerbatim() {
        return verbatim;
    }
}

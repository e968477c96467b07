package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * The counter behind programme references: NGF-2026-001, NGF-2026-002, ... and from the new year
 * NGF-2027-001. One row, locked by each registration until it commits, so two officers registering at
 * the same moment never get the same number and a number is only used by a registration that stays.
 */
@Entity
@Table(name = "programme_numbering")
class ProgrammeNumbering {

    static final int ONLY = 1;

    @Id
    int id;

    @Column(name = "reference_year", nullable = false)
    int year;

    @Column(name = "last_number", nullable = false)
    int lastNumber;

    protected ProgrammeNumbering() {
    }

    ProgrammeNumbering(int year, int lastNumber) {
        this.id = ONLY;
        this.year = year;
        this.lastNumber = lastNumber;
    }

    /** The next reference for a programme registered in this year (a year the counter has passed keeps counting on). */
    String next(int registrationYear) {
        if (registrationYear > year) {
            year = registrationYear;
            lastNumber = 0;
        }
        lastNumber++;
        // Western digits whatever the server's locale (in an Arabic one Java writes ٢٠٢٦).
        return String.format(Locale.ROOT, "NGF-%d-%03d", year, lastNumber);
    }
}

package nl.ngf.grants.partnership;

import java.time.LocalDate;

/**
 * A PPS reports its progress at least once a year, and each tranche waits for a report: a tranche is
 * planned at most a year after the one before it (the first at most a year after the allocation).
 */
public final class ReportingInterval {

    private ReportingInterval() {
    }

    /** Whether a tranche planned on {@code planned} leaves the PPS more than a year without a report after {@code previous}. */
    public static boolean exceeded(LocalDate previous, LocalDate planned) {
        return planned.isAfter(previous.plusYears(1));
    }
}

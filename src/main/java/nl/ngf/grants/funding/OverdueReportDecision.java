package nl.ngf.grants.funding;

import java.time.LocalDate;

/** A grant officer extends an overdue report's deadline (a new date) or cancels the tranche. */
public record OverdueReportDecision(boolean extend, LocalDate newDeadline, String reasoning) {
}

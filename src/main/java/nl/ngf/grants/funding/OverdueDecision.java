package nl.ngf.grants.funding;

import java.time.LocalDate;

/** A grant officer extends the deadline of an overdue report or corrective-action plan (a new date) or cancels the tranche. */
public record OverdueDecision(boolean extend, LocalDate newDeadline, String reasoning) {
}

package nl.ngf.grants.funding;

import java.time.LocalDate;

/**
 * A grant officer extends the deadline of an overdue report or corrective-action plan (a new date) or cancels the tranche;
 * {@code extend} is null when neither was chosen.
 */
public record OverdueDecision(Boolean extend, LocalDate newDeadline, String reasoning) {
}

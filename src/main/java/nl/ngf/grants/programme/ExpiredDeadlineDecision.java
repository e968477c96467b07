package nl.ngf.grants.programme;

import java.time.LocalDate;

/** Extend (with a new deadline) or withdraw (with a reason) after the revision deadline passed. */
public record ExpiredDeadlineDecision(DeadlineChoice choice, LocalDate newDeadline, String reason) {
}

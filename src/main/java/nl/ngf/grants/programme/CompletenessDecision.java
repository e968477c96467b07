package nl.ngf.grants.programme;

import java.time.LocalDate;

/** A grant officer's completeness check: complete, or incomplete with remarks and a new deadline. */
public record CompletenessDecision(Boolean complete, String remarks, LocalDate newDeadline) {
}

package nl.ngf.grants.funding;

/** A grant officer approves or rejects a change request, with a reason; {@code approved} is null when neither was chosen. */
public record ChangeRequestDecision(Boolean approved, String reasoning) {
}

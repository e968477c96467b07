package nl.ngf.grants.funding;

/** A grant officer approves or rejects a change request, with a reason. */
public record ChangeRequestDecision(boolean approved, String reasoning) {
}

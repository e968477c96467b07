package nl.ngf.grants.funding;

/** A second grant officer approves the release, or refuses it (a corrective-action plan follows). */
public record SecondApproval(boolean approved, String reasoning) {
}

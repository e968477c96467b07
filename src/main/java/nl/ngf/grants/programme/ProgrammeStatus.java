package nl.ngf.grants.programme;

/** Where a programme's award stands. The last three are end states. */
public enum ProgrammeStatus {
    AWAITING_REVISION,
    COMPLETENESS_CHECK,
    IN_ASSESSMENT,
    DEADLINE_PASSED,
    AWARDED,
    REJECTED,
    WITHDRAWN
}

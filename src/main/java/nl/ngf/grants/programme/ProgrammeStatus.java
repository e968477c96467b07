package nl.ngf.grants.programme;

/** Where a programme's award stands. */
public enum ProgrammeStatus {
    AWAITING_REVISION,
    IN_ASSESSMENT,
    AWARDED,
    REJECTED
}

package nl.ngf.grants.programme;

/** What a grant officer decides when the revision deadline has passed. */
public enum DeadlineChoice {
    EXTEND,
    WITHDRAW
}

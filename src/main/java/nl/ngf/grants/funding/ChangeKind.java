package nl.ngf.grants.funding;

/** What a change request asks: a later date, another milestone, or moving budget between tranches. */
public enum ChangeKind {
    DELAY, CONTENT, BUDGET_SHIFT
}

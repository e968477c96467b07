package nl.ngf.grants.funding;

/** Where a tranche is on its way to the money. */
public enum TrancheStatus {
    /** Waiting for the tranches before it. */
    SCHEDULED,
    /** The applicant's progress report is due. */
    REPORT_DUE,
    /** The report's deadline passed; a grant officer extends it or cancels the tranche. */
    REPORT_OVERDUE,
    /** A grant officer verifies the report or the corrective-action plan. */
    IN_VERIFICATION,
    /** The decision table asked for a second grant officer's approval. */
    AWAITING_SECOND_APPROVAL,
    /** Withheld: the applicant submits a corrective-action plan. */
    WITHHELD,
    /** The corrective-action plan's deadline passed; a grant officer extends it or cancels the tranche. */
    PLAN_OVERDUE,
    /** Approved for release; the release step writes the disbursement. */
    RELEASING,
    RELEASED,
    CANCELLED;

    public boolean isFinal() {
        return this == RELEASED || this == CANCELLED;
    }

    /** Whether the applicant missed a deadline (the report's or the corrective-action plan's) and an officer decides next. */
    public boolean isOverdue() {
        return this == REPORT_OVERDUE || this == PLAN_OVERDUE;
    }

    /** Whether its schedule (date, milestone, amount) may still change: no progress report in yet. */
    public boolean isChangeable() {
        return this == SCHEDULED || this == REPORT_DUE || this == REPORT_OVERDUE;
    }
}

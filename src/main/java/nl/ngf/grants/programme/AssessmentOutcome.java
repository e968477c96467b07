package nl.ngf.grants.programme;

/** The committee's overall verdict on a revised plan. */
public enum AssessmentOutcome {
    AWARD,
    REVISE_AGAIN,
    REJECT
}

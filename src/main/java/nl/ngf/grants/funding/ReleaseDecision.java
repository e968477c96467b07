package nl.ngf.grants.funding;

/**
 * What the decision table ({@code workflows/tranche-decision.dmn}) decides on a verified tranche: release it,
 * release it after a second officer's approval, or withhold it. Its name is the table's output.
 */
public enum ReleaseDecision {
    RELEASE, RELEASE_AFTER_SECOND_APPROVAL, WITHHOLD;

    /** Whether this decision lets the tranche's money go, at once or after the second approval. */
    public boolean releases() {
        return this != WITHHOLD;
    }

    /** The decision the table's output names, or null for an output this application does not know. */
    public static ReleaseDecision of(String output) {
        for (ReleaseDecision decision : values()) {
            if (decision.name().equals(output)) {
                return decision;
            }
        }
        return null;
    }
}

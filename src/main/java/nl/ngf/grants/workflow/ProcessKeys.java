package nl.ngf.grants.workflow;

/** The ids of the process models in {@code workflows/}: the one place the code names them. */
public final class ProcessKeys {

    /** {@code workflows/grant-award.bpmn}: from the conditional award to the allocation. */
    public static final String GRANT_AWARD = "grantAward";

    /** {@code workflows/tranche-release.bpmn}: one tranche of a PPS, from its report to its payment. */
    public static final String TRANCHE_RELEASE = "trancheRelease";

    /** {@code workflows/change-request.bpmn}: an applicant's change request and its decision. */
    public static final String CHANGE_REQUEST = "changeRequest";

    /**
     * The tranche model's payment step, asynchronous with retries: the funding module shows its failures
     * with the ledger's reasons, apart from the other failed steps.
     */
    public static final String PAYMENT_STEP = "releaseTranche";

    private ProcessKeys() {
    }
}

package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.ngf.grants.shared.Money;

/**
 * The outcome of reconciling the disbursement ledger with the tranches, allocations, awards, decisions
 * and the audit trail: what was checked and every finding. The ledger is in order when there is none.
 */
public record LedgerCheck(Instant checkedAt, boolean intact, int programmes, int partnerships, int payments, Money paid,
                          List<Finding> findings) implements Serializable {

    /** {@code intact} is a component (not only derived) so that the JSON answer says it too. */
    public LedgerCheck {
        findings = List.copyOf(findings);
        if (intact != findings.isEmpty()) {
            throw new IllegalArgumentException("A ledger is intact exactly when there is no finding");
        }
    }

    public LedgerCheck(Instant checkedAt, int programmes, int partnerships, int payments, Money paid, List<Finding> findings) {
        this(checkedAt, findings.isEmpty(), programmes, partnerships, payments, paid, findings);
    }

    /**
     * One rule the ledger breaks. {@code code} names the rule (the message {@code ledger.finding.<code>}
     * explains it), {@code objectType} and {@code objectId} the record (tranche, partnership or programme),
     * {@code subject} the record in words, {@code expected} and {@code found} the values compared
     * (amounts as {@link Money}, statuses as {@link TrancheStatus}, counts, user names).
     */
    public record Finding(String code, String objectType, long objectId, String subject, Serializable expected, Serializable found)
            implements Serializable {
    }

    /** Rules the check applies. */
    public static final String PAID_TWICE = "paidTwice";
    public static final String NOT_RELEASED = "notReleased";
    public static final String PAYMENT_MISSING = "paymentMissing";
    public static final String AMOUNT = "amount";
    public static final String WRONG_PARTNERSHIP = "wrongPartnership";
    public static final String NOT_AUTHORISED = "notAuthorised";
    public static final String NOT_DECIDED = "notDecided";
    public static final String DECIDED_AMOUNT = "decidedAmount";
    public static final String FOUR_EYES = "fourEyes";
    public static final String AUDIT = "audit";
    public static final String AUDITED_NOT_PAID = "auditedNotPaid";
    public static final String OVER_ALLOCATION = "overAllocation";
    public static final String SCHEDULE = "schedule";
    public static final String NOT_AWARDED = "notAwarded";
    public static final String OVER_AWARD = "overAward";
}

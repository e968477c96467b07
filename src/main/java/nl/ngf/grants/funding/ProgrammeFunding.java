package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import nl.ngf.grants.shared.Money;

/**
 * A programme's money: awarded (null before the award), allocated over its PPSs, released to them;
 * and its closure once every tranche is released or cancelled (null while any is still under way).
 */
public record ProgrammeFunding(Money awarded, Money allocated, Money released, Closure closure) implements Serializable {

    /** What is not yet paid out of the award. */
    public Money remaining() {
        return awarded == null ? Money.ZERO : awarded.minus(released);
    }

    /** The final settlement: when, how many tranches paid and cancelled, and until when the case history is kept. */
    public record Closure(Instant closedAt, int releasedTranches, int cancelledTranches, Instant historyKeptUntil) implements Serializable {
    }
}

package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import nl.ngf.grants.shared.Money;

/**
 * An approved tranche whose payment into the ledger failed on the job executor: the tranche, its PPS
 * and amount, the attempts the engine has left (0: it gave up), the last error and the next attempt.
 */
public record StalledRelease(long trancheId, long partnershipId, String partnershipName, int sequence, Money amount,
                             int attemptsLeft, String error, Instant nextAttempt) implements Serializable {
}

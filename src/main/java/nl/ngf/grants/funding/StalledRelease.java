package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.ngf.grants.shared.Money;

/**
 * An approved tranche whose payment into the ledger failed on the job executor: the tranche, its PPS
 * and amount, the attempts the engine has left (0: it gave up), the last error as the engine recorded it
 * and the next attempt; and, when a rule of the ledger refuses the payment as things stand now, that
 * rule's message key and arguments, to say why in the reader's language (null when none does: a
 * technical failure, which only the error tells).
 */
public record StalledRelease(long trancheId, long partnershipId, String partnershipName, int sequence, Money amount,
                             int attemptsLeft, String error, Instant nextAttempt, String reason,
                             List<Object> reasonArguments) implements Serializable {

    public StalledRelease {
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
    }
}

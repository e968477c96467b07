package nl.ngf.grants.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static final Instant AT = Instant.parse("2026-11-27T10:15:30.123Z");

    private static String hash(long seq, String actor, String details, String previous) {
        return AuditChain.hash(seq, AT, actor, "tranche.released", "tranche", "42", details, previous);
    }

    @Test
    void anEntrysHashCoversEveryFieldAndThePreviousHash() {
        String original = hash(7, "adviseur", "amountCents=100", AuditChain.GENESIS);

        assertThat(original).hasSize(64).isEqualTo(hash(7, "adviseur", "amountCents=100", AuditChain.GENESIS));
        assertThat(hash(8, "adviseur", "amountCents=100", AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(hash(7, "adviseur2", "amountCents=100", AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(hash(7, "adviseur", "amountCents=1000", AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(hash(7, "adviseur", "amountCents=100", original)).isNotEqualTo(original);
        assertThat(AuditChain.hash(7, AT.plusMillis(1), "adviseur", "tranche.released", "tranche", "42", "amountCents=100", AuditChain.GENESIS))
                .isNotEqualTo(original);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        assertThat(AuditChain.hash(1, AT, "ab", "c", "t", "1", null, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, AT, "a", "bc", "t", "1", null, AuditChain.GENESIS));
        assertThat(AuditChain.hash(1, AT, "a", "b", "t", "1", null, AuditChain.GENESIS))
                .as("no details differs from empty details").isNotEqualTo(AuditChain.hash(1, AT, "a", "b", "t", "1", "", AuditChain.GENESIS));
    }
}

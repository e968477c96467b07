package nl.ngf.grants.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.ngf.grants.audit.AuditVerification;
import org.junit.jupiter.api.Test;

/** The walk the screen, the REST call and the command line share: the first entry that does not match is named, and why. */
class ChainWalkTest {

    static final Instant AT = Instant.parse("2026-11-27T10:15:30.123Z");

    /** An entry as the database holds it. */
    record Row(long seq, String details, String previousHash, String hash) {
    }

    /** A chain of entries written as the application writes them. */
    private static List<Row> chain(int entries) {
        List<Row> rows = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= entries; seq++) {
            String details = "amountCents=" + seq * 100;
            String hash = AuditChain.hash(seq, AT, "adviseur", "tranche.released", "tranche", "42", details, previous);
            rows.add(new Row(seq, details, previous, hash));
            previous = hash;
        }
        return rows;
    }

    private static AuditVerification walk(List<Row> rows, long headSeq, String headHash) {
        ChainWalk walk = new ChainWalk();
        for (Row row : rows) {
            if (!walk.next(row.seq(), AT, "adviseur", "tranche.released", "tranche", "42", row.details(), row.previousHash(), row.hash())) {
                break;
            }
        }
        return walk.end(headSeq, headHash);
    }

    private static AuditVerification walk(List<Row> rows) {
        Row last = rows.get(rows.size() - 1);
        return walk(rows, last.seq(), last.hash());
    }

    @Test
    void anIntactChainIsSaidToBeSoWithHowManyEntriesWereChecked() {
        assertThat(walk(chain(5))).isEqualTo(new AuditVerification(true, 5, null, null));
        assertThat(new ChainWalk().end(0, AuditChain.GENESIS)).as("an empty trail").isEqualTo(new AuditVerification(true, 0, null, null));
    }

    @Test
    void anEntryWhoseTextWasChangedIsNamedAsAltered() {
        List<Row> rows = chain(5);
        Row third = rows.get(2);
        rows.set(2, new Row(3, "amountCents=1", third.previousHash(), third.hash()));

        assertThat(walk(rows)).isEqualTo(new AuditVerification(false, 2, 3L, "altered"));
    }

    @Test
    void anEntryRewrittenWithItsOwnNewHashBreaksTheLinkToTheNext() {
        List<Row> rows = chain(5);
        Row third = rows.get(2);
        rows.set(2, new Row(3, "amountCents=1", third.previousHash(),
                AuditChain.hash(3, AT, "adviseur", "tranche.released", "tranche", "42", "amountCents=1", third.previousHash())));

        assertThat(walk(rows)).as("the fourth no longer follows the third").isEqualTo(new AuditVerification(false, 3, 4L, "chain"));
    }

    @Test
    void anEntryDeletedFromTheMiddleOrTheEndIsNamedAsMissing() {
        List<Row> rows = chain(5);
        List<Row> withoutThird = new ArrayList<>(rows);
        withoutThird.remove(2);
        assertThat(walk(withoutThird, 5, rows.get(4).hash())).isEqualTo(new AuditVerification(false, 2, 3L, "missing"));

        assertThat(walk(rows.subList(0, 4), 5, rows.get(4).hash())).as("the last one gone: the head still names it")
                .isEqualTo(new AuditVerification(false, 4, 5L, "missing"));
    }

    @Test
    void theCommandLineSaysWhatTheScreenSaysInDutchOrEnglish() {
        AuditVerification altered = new AuditVerification(false, 1233, 1234L, "altered");
        Locale dutch = Locale.forLanguageTag("nl");
        assertThat(VerifyAuditTrail.describe(altered, ResourceBundle.getBundle("nl.ngf.grants.web.messages", dutch), dutch))
                .isEqualTo("De keten is verbroken: regel 1.234 is gewijzigd (de 1.233 regels ervoor kloppen).");
        assertThat(VerifyAuditTrail.describe(new AuditVerification(true, 2, null, null),
                ResourceBundle.getBundle("nl.ngf.grants.web.messages", Locale.ENGLISH), Locale.ENGLISH))
                .isEqualTo("The chain is intact: 2 entries checked.");
    }
}

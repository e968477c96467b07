package nl.ngf.grants.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryViewTest {

    private static AuditEntryView entry(String action) {
        return new AuditEntryView(1, Instant.EPOCH, "adviseur", action, "tranche", "7", "", "0".repeat(64));
    }

    @Test
    void anActionReadsAsItsSubjectThenWhatWasDoneAndTogetherAsItWasRecorded() {
        AuditEntryView entry = entry("taskWaiting.mailWithdrawn");
        assertThat(entry.actionSubject()).isEqualTo("taskWaiting.");
        assertThat(entry.actionVerb()).isEqualTo("mailWithdrawn");
        assertThat(entry.actionSubject() + entry.actionVerb()).isEqualTo(entry.action());
    }

    @Test
    void anActionWithoutASubjectIsAllVerb() {
        AuditEntryView entry = entry("migrated");
        assertThat(entry.actionSubject()).isEmpty();
        assertThat(entry.actionVerb()).isEqualTo("migrated");
    }
}

package nl.ngf.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicantNoticeTest {

    @Test
    void theLinkInAReminderSearchesTheTaskListForTheCaseWhateverItsNameHoldsForAnAddress() {
        assertThat(ApplicantNotice.inboxSearching("NGF-2026-001")).isEqualTo("workflow/inbox.xhtml?q=NGF-2026-001");
        assertThat(ApplicantNotice.inboxSearching("PPS Zorg & Techniek Noord?#1"))
                .isEqualTo("workflow/inbox.xhtml?q=PPS+Zorg+%26+Techniek+Noord%3F%231");
    }
}

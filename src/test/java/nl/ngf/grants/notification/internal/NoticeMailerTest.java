package nl.ngf.grants.notification.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoticeMailerTest {

    private static NoticeMailer mailer(long retryCheckSeconds, int keepSentDays) {
        NoticeMailer mailer = new NoticeMailer();
        mailer.retryCheckSeconds = retryCheckSeconds;
        mailer.keepSentDays = keepSentDays;
        return mailer;
    }

    @Test
    void aCheckThatNeverComesOrAMailKeptForANegativeTimeStopsTheStartUp() {
        // 0 seconds: the scheduler refused it with an IllegalArgumentException that named no setting.
        assertThatThrownBy(() -> mailer(0, 30).checkSettings()).isInstanceOf(IllegalStateException.class)
                .hasMessage("ngf.mail.retry-check-seconds is 0, but it lies between 1 and 86400");
        assertThatThrownBy(() -> mailer(60, -1).checkSettings())
                .hasMessage("ngf.mail.keep-sent-days is -1, but it lies between 0 and 3650");
        assertThatCode(() -> mailer(60, 30).checkSettings()).doesNotThrowAnyException();
        assertThatCode(() -> mailer(86_400, 0).checkSettings()).doesNotThrowAnyException();
    }
}

package nl.ngf.grants.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.MailRecipient;
import nl.ngf.grants.shared.ApplicantNotice;
import org.junit.jupiter.api.Test;

/** What the audit trail says when a reminder could not be mailed at all. */
class NoticeMailerTest {

    private final List<String> recorded = new ArrayList<>();

    private NoticeMailer mailer(MailSettings settings) {
        NoticeMailer mailer = new NoticeMailer();
        mailer.settings = settings;
        mailer.identity = (IdentityService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {IdentityService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("applicantsToMail")) {
                        return List.of(new MailRecipient("penvoerder", "Jeroen Smit", "jeroen@pps.example.org"));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        mailer.log = new MailLog() {
            @Override
            public void mailed(ApplicantNotice reminder, List<String> to, List<String> failed) {
                recorded.add("mailed to=" + to + " failed=" + failed);
            }

            @Override
            public void notMailed(ApplicantNotice reminder, String reason) {
                recorded.add("notMailed " + reason);
            }

            @Override
            public void failed(ApplicantNotice reminder, String reason) {
                recorded.add("failed " + reason);
            }
        };
        return mailer;
    }

    private static MailSettings configuredButBroken() {
        MailSettings settings = new MailSettings() {
            @Override
            Session session() {
                throw new IllegalStateException("Cannot load interface jakarta.mail.util.StreamProvider as ServiceLoader");
            }
        };
        settings.host = Optional.of("smtp.example.org");
        settings.publicUrl = "https://subsidies.example.org";
        return settings;
    }

    @Test
    void aMailingThatFailsBeforeAnyMailWentOutIsRecordedAsFailedWithTheReason() {
        ApplicantNotice reminder = new ApplicantNotice(1, ApplicantNotice.Occasion.REMINDER, ApplicantNotice.Kind.PROGRESS_REPORT, "PPS Zorg Twente – tranche 2",
                LocalDate.of(2027, 3, 1), "workflow/inbox.xhtml", "tranche", 7);

        mailer(configuredButBroken()).mail(reminder);

        assertThat(recorded).containsExactly(
                "failed IllegalStateException: Cannot load interface jakarta.mail.util.StreamProvider as ServiceLoader");
    }
}

package nl.ngf.grants.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.MailRecipient;
import nl.ngf.grants.shared.ApplicantNotice;
import org.junit.jupiter.api.Test;

/** What the audit trail says when a notice's mails are not queued, and that the step goes on regardless. */
class OutboxTest {

    private final List<String> recorded = new ArrayList<>();

    private Outbox outbox(boolean configured) {
        Outbox outbox = new Outbox();
        MailSettings settings = new MailSettings();
        settings.host = configured ? Optional.of("smtp.example.org") : Optional.empty();
        settings.publicUrl = "https://subsidies.example.org";
        outbox.settings = settings;
        outbox.clock = Clock.systemUTC();
        outbox.identity = (IdentityService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {IdentityService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("applicantsToMail")) {
                        return List.of(new MailRecipient("penvoerder", "Jeroen Smit", "jeroen@pps.example.org"));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        outbox.log = new MailLog() {
            @Override
            public void notMailed(ApplicantNotice notice, String reason) {
                recorded.add("notMailed " + reason);
            }
        };
        // No entity manager: nothing may be queued in these cases.
        return outbox;
    }

    private static ApplicantNotice reminderAbout(String about) {
        return new ApplicantNotice(1, ApplicantNotice.Occasion.REMINDER, ApplicantNotice.Kind.PROGRESS_REPORT, about,
                LocalDate.of(2027, 3, 1), "workflow/inbox.xhtml", "tranche", 7);
    }

    @Test
    void withoutAMailServerNothingIsQueuedAndTheTrailSaysWhy() {
        outbox(false).queue(reminderAbout("PPS Zorg Twente – tranche 2"));

        assertThat(recorded).containsExactly("notMailed no mail server configured (ngf.mail.host)");
    }

    @Test
    void aMailThatCannotBeWrittenIsRecordedAsNotMailedWithoutFailingTheStep() {
        outbox(true).queue(reminderAbout(null));

        assertThat(recorded).singleElement().asString().startsWith("notMailed the mail could not be written (NullPointerException");
    }
}

package nl.ngf.grants.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ngf.grants.shared.ApplicantNotice;
import org.junit.jupiter.api.Test;

/** When a queued mail is tried, tried again and given up. */
class OutgoingMailTest {

    private static final Instant QUEUED = Instant.parse("2027-03-01T08:00:00Z");

    private static OutgoingMail queued() {
        ApplicantNotice notice = new ApplicantNotice(1, ApplicantNotice.Occasion.REMINDER, ApplicantNotice.Kind.PROGRESS_REPORT,
                "PPS Zorg Twente – tranche 2", LocalDate.of(2027, 3, 8), "workflow/inbox.xhtml", "tranche", 7);
        return new OutgoingMail(notice, "penvoerder", "jeroen@pps.example.org", new NoticeMail("Herinnering", "Beste Jeroen"), QUEUED);
    }

    @Test
    void aQueuedMailIsDueAtOnceAndAnAttemptKeepsItFromOthersUntilItsLeaseIsOver() {
        OutgoingMail mail = queued();
        assertThat(mail.due(QUEUED)).isTrue();

        mail.attempt(QUEUED);

        assertThat(mail.attempts).isEqualTo(1);
        assertThat(mail.due(QUEUED.plusSeconds(10))).as("while the attempt runs").isFalse();
        assertThatThrownBy(() -> mail.attempt(QUEUED.plusSeconds(10))).isInstanceOf(IllegalStateException.class);
        assertThat(mail.due(QUEUED.plus(OutgoingMail.ATTEMPT_LEASE))).as("the node that took it stopped before it was done").isTrue();
    }

    @Test
    void aSentMailIsNeverDueAgain() {
        OutgoingMail mail = queued();
        mail.attempt(QUEUED);
        mail.sent(QUEUED.plusSeconds(1));

        assertThat(mail.sentAt).isEqualTo(QUEUED.plusSeconds(1));
        assertThat(mail.due(QUEUED.plus(Duration.ofDays(365)))).isFalse();
        assertThat(mail.givenUp()).isFalse();
    }

    @Test
    void aFailedMailIsTriedAgainAtGrowingIntervalsAndGivenUpAfterTheSixthAttempt() {
        OutgoingMail mail = queued();
        Instant now = QUEUED;
        List<Duration> waits = new ArrayList<>();
        boolean givenUp = false;
        while (!givenUp) {
            mail.attempt(now);
            givenUp = mail.failed(now, "MailConnectException: Couldn't connect to host, port: smtp.example.org, 25");
            if (!givenUp) {
                assertThat(mail.due(now)).isFalse();
                waits.add(Duration.between(now, mail.nextAttemptAt));
                now = mail.nextAttemptAt;
            }
        }

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(8));
        assertThat(mail.attempts).isEqualTo(6);
        assertThat(mail.givenUp()).isTrue();
        assertThat(mail.due(now.plus(Duration.ofDays(365)))).isFalse();
        assertThat(mail.lastError).startsWith("MailConnectException");
    }

    @Test
    void aGivenUpMailTriedAgainByHandGetsOneMoreAttempt() {
        OutgoingMail mail = queued();
        Instant now = QUEUED;
        boolean givenUp;
        do {
            now = now.plus(Duration.ofDays(1));
            mail.attempt(now);
            givenUp = mail.failed(now, "MailConnectException");
        } while (!givenUp);
        assertThat(mail.givenUp()).isTrue();
        assertThat(mail.due(now.plus(Duration.ofDays(365)))).isFalse();

        mail.retryNow(now, "jeroen.smit@pps.example.org");

        assertThat(mail.due(now)).isTrue();
        assertThat(mail.address).as("to the address the recipient has by now").isEqualTo("jeroen.smit@pps.example.org");
        mail.attempt(now);
        assertThat(mail.failed(now, "MailConnectException")).as("given up again").isTrue();
        assertThat(mail.attempts).isEqualTo(7);
    }

    @Test
    void aSentMailCannotBeTriedAgain() {
        OutgoingMail mail = queued();
        mail.attempt(QUEUED);
        mail.sent(QUEUED);

        assertThatThrownBy(() -> mail.retryNow(QUEUED, "jeroen@pps.example.org")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.withdraw(QUEUED, "beheerder")).isInstanceOf(IllegalStateException.class);
        assertThat(mail.due(QUEUED.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aWithdrawnMailIsNeverTriedAgainNorCanItBe() {
        OutgoingMail mail = queued();
        mail.attempt(QUEUED);
        mail.failed(QUEUED, "SMTPAddressFailedException: 550 no such user");

        mail.withdraw(QUEUED.plusSeconds(5), "beheerder");

        assertThat(mail.unsent()).isFalse();
        assertThat(mail.givenUp()).as("withdrawn, which is not waiting for an administrator").isFalse();
        assertThat(mail.withdrawnBy).isEqualTo("beheerder");
        assertThat(mail.due(QUEUED.plus(Duration.ofDays(365)))).isFalse();
        mail.nextAttemptAt = QUEUED;
        assertThat(mail.due(QUEUED.plusSeconds(10))).as("even were it made due behind its back").isFalse();
        assertThatThrownBy(() -> mail.retryNow(QUEUED, "jeroen@pps.example.org")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.withdraw(QUEUED, "beheerder")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whileAnAttemptIsSendingItTheMailIsNeitherTriedAgainNorWithdrawnWhichCouldSendItTwice() {
        OutgoingMail mail = queued();
        mail.attempt(QUEUED);
        mail.failed(QUEUED, "MailConnectException");
        Instant second = QUEUED.plus(Duration.ofMinutes(1));
        mail.attempt(second);

        assertThat(mail.beingSent(second.plusSeconds(20))).isTrue();
        assertThatThrownBy(() -> mail.retryNow(second.plusSeconds(20), "jeroen@pps.example.org")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.withdraw(second.plusSeconds(20), "beheerder")).isInstanceOf(IllegalStateException.class);

        mail.failed(second.plusSeconds(30), "MailConnectException");
        assertThat(mail.beingSent(second.plusSeconds(30))).as("the attempt is over").isFalse();
        mail.withdraw(second.plusSeconds(40), "beheerder");
        assertThat(mail.unsent()).isFalse();
    }

    @Test
    void anAttemptThatOutlastedItsLeaseAndFailedAfterTheMailWasWithdrawnIsNotFollowedByAnother() {
        OutgoingMail mail = queued();
        mail.attempt(QUEUED);
        Instant leaseOver = QUEUED.plus(OutgoingMail.ATTEMPT_LEASE);
        mail.withdraw(leaseOver, "beheerder");

        assertThat(mail.failed(leaseOver.plusSeconds(1), "MailConnectException")).as("no next attempt").isTrue();
        assertThat(mail.due(leaseOver.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aMailWhoseAttemptStoppedUnrecordedIsFreeAgainOnceItsLeaseIsOver() {
        OutgoingMail mail = queued();
        mail.attempt(QUEUED);

        Instant leaseOver = QUEUED.plus(OutgoingMail.ATTEMPT_LEASE);
        assertThat(mail.beingSent(leaseOver)).isFalse();
        mail.retryNow(leaseOver, "jeroen@pps.example.org");
        assertThat(mail.due(leaseOver)).isTrue();
    }

    @Test
    void aLongErrorIsKeptToWhatItsColumnHolds() {
        OutgoingMail mail = queued();
        mail.attempt(QUEUED);
        mail.failed(QUEUED, "x".repeat(5000));
        assertThat(mail.lastError).hasSize(1000);
    }
}

package nl.ngf.grants.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.identity.UserAdministration;
import nl.ngf.grants.identity.UserDetails;
import nl.ngf.grants.identity.UserView;
import nl.ngf.grants.notification.internal.NoticeMailer;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.ApplicantNotice;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.Mailbox.Mail;
import nl.ngf.grants.testsupport.Mailbox;
import nl.ngf.grants.testsupport.Waiting;
import nl.ngf.grants.workflow.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new task and the reminder before its deadline reach the applicants by e-mail: each active applicant of the
 * organisation with an address gets one, in Dutch and English, with the deadline and the link to the task; nobody
 * else does, a rolled-back step mails nothing, a mail the server did not take is tried again, and the audit trail
 * says who was mailed.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ApplicantMailIT {

    @Deployment
    static WebArchive deployment() {
        // Mailbox reads the test mail server's port as a constant; the server itself stays outside.
        return Deployments.application(ApplicantMailIT.class, ItDatabase.class, Mailbox.class, Mailbox.Mail.class);
    }

    @Inject
    ProgrammeService programmes;
    @Inject
    WorkflowService workflow;
    @Inject
    IdentityService identity;
    @Inject
    UserAdministration administration;
    @Inject
    AuditTrail audit;
    @Inject
    Event<ApplicantNotice> reminders;
    @Inject
    UserTransaction transaction;
    @Inject
    NoticeMailer mailer;
    @Inject
    NotificationService notifications;
    @Resource(lookup = "jdbc/ngf")
    DataSource dataSource;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    String run;
    OrganisationView organisation;
    Actor officer;
    Actor administrator;

    @BeforeEach
    void people() {
        run = UUID.randomUUID().toString().substring(0, 8);
        organisation = identity.createOrganisation("mail-" + run, "Mail " + run);
        OrganisationView other = identity.createOrganisation("mail-ander-" + run, "Ander " + run);
        identity.createUser("mail-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER), address("adviseur"));
        identity.createUser("mail-beheerder-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        identity.createUser("mail-penvoerder-" + run, "Jeroen Smit", "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT),
                address("penvoerder"));
        identity.createUser("mail-collega-" + run, "Collega zonder adres", "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT));
        identity.createUser("mail-vertrokken-" + run, "Vertrokken", "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT),
                address("vertrokken"));
        identity.createUser("mail-ander-" + run, "Andere organisatie", "geheim-" + run, other.id(), Set.of(Role.APPLICANT),
                address("ander"));
        officer = identity.actor("mail-adviseur-" + run).orElseThrow();
        administrator = identity.actor("mail-beheerder-" + run).orElseThrow();
        UserView gone = user("mail-vertrokken-" + run);
        administration.updateUser(administrator, gone.id(), new UserDetails(gone.displayName(), organisation.id(),
                Set.of(Role.APPLICANT), false, gone.email()), null);
    }

    private String address(String who) {
        return who + "-" + run + "@pps.example.org";
    }

    private UserView user(String username) {
        return administration.users(administrator).stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void theActiveApplicantsAreMailedWhenARevisionIsAskedForAndAgainBeforeItsDeadlineWithTheLinkToTheTask() throws Exception {
        LocalDate deadline = LocalDate.now().plusWeeks(3);
        String title = "Reminders " + run;
        long id = register(title, deadline);
        String reference = programmes.programme(officer, id).summary().reference();
        String dutchDeadline = deadline.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl")));
        String englishDeadline = deadline.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

        AuditEntryView asked = awaitAudit("programme", id, "taskWaiting.mailed");
        assertThat(asked.details()).as("the trail names who was mailed, not their address")
                .contains("kind=REVISION", "deadline=" + deadline, "to=mail-penvoerder-" + run).doesNotContain("@");
        Mail newTask = mailTo("penvoerder", "Nieuwe taak: ");
        assertThat(newTask.subject()).isEqualTo("Nieuwe taak: herzien plan voor " + reference + " " + title + " uiterlijk " + dutchDeadline);
        assertThat(newTask.text()).contains("Beste Jeroen Smit,",
                "Er wordt een herzien plan gevraagd voor " + reference + " " + title + ". Dien het uiterlijk " + dutchDeadline,
                "A revised plan is asked for " + reference + " " + title + ". Please submit it by " + englishDeadline,
                "http://localhost:9080/workflow/inbox.xhtml?q=" + reference);

        workflow.runJobNow("grantAward", String.valueOf(id), "revisionReminderDue");

        AuditEntryView mailed = awaitAudit("programme", id, "reminder.mailed");
        assertThat(mailed.details()).contains("kind=REVISION", "deadline=" + deadline, "to=mail-penvoerder-" + run).doesNotContain("@");
        assertThat(Mailbox.of(address("penvoerder"))).as("the new task's mail and the reminder").hasSize(2);
        Mail mail = mailTo("penvoerder", "Herinnering: ");
        assertThat(mail.subject()).isEqualTo("Herinnering: herzien plan voor " + reference + " " + title + " uiterlijk " + dutchDeadline);
        assertThat(mail.to()).containsExactly(address("penvoerder"));
        assertThat(mail.from()).contains("noreply@ngf.example.org");
        assertThat(mail.text()).contains("Beste Jeroen Smit,",
                "Het herziene plan voor " + reference + " " + title + " moet uiterlijk " + dutchDeadline,
                "The revised plan for " + reference + " " + title + " is due on " + englishDeadline,
                "http://localhost:9080/workflow/inbox.xhtml?q=" + reference);

        assertThat(Mailbox.of(address("vertrokken"))).as("a switched-off applicant").isEmpty();
        assertThat(Mailbox.of(address("ander"))).as("another organisation's applicant").isEmpty();
        assertThat(Mailbox.of(address("adviseur"))).as("the grant officer").isEmpty();
        assertThat(programmes.programme(officer, id).events()).as("the programme page still says the reminder went out")
                .anyMatch(e -> e.kind().equals("REMINDER_SENT"));
    }

    /**
     * In production a reminder fires on the engine's own job executor when its timer is due, not on a thread the
     * test or the demo runs: that path mails too.
     */
    @Test
    void aReminderWhoseTimerTheJobExecutorFiresIsMailed() throws Exception {
        LocalDate deadline = LocalDate.now().plusWeeks(3);
        String title = "Timer " + run;
        long id = register(title, deadline);
        String processInstanceId = workflow.cases("grantAward", String.valueOf(id)).get(0).processInstanceId();

        workflow.reschedule(processInstanceId, "reviseConditionalAward", java.sql.Timestamp.valueOf(deadline.atTime(23, 59)),
                java.util.Map.of("revisionReminderDue", new java.util.Date()), java.util.Map.of());

        assertThat(awaitAudit("programme", id, "reminder.mailed").details()).contains("to=mail-penvoerder-" + run);
        assertThat(mailTo("penvoerder", "Herinnering: ").subject()).contains(title);
    }

    @Test
    void aReminderInAStepThatRollsBackIsNotMailed() throws Exception {
        LocalDate deadline = LocalDate.now().plusWeeks(2);
        transaction.begin();
        reminders.fire(new ApplicantNotice(organisation.id(), ApplicantNotice.Occasion.REMINDER, ApplicantNotice.Kind.PROGRESS_REPORT, "Teruggedraaid " + run,
                deadline, "workflow/inbox.xhtml", "tranche", -1));
        transaction.rollback();
        transaction.begin();
        reminders.fire(new ApplicantNotice(organisation.id(), ApplicantNotice.Occasion.REMINDER, ApplicantNotice.Kind.CORRECTIVE_PLAN, "Vastgelegd " + run,
                deadline, "workflow/inbox.xhtml", "tranche", -2));
        transaction.commit();

        awaitAudit("tranche", -2, "reminder.mailed");
        assertThat(Mailbox.of(address("penvoerder"))).extracting(Mail::subject)
                .containsExactly("Herinnering: verbeterplan voor Vastgelegd " + run + " uiterlijk "
                        + deadline.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"))));
        assertThat(audit.about(administrator, "tranche", List.of("-1"))).as("nothing recorded for the rolled-back step").isEmpty();
    }

    @Test
    void aMailTheServerDoesNotTakeIsTriedAgainAtGrowingIntervalsAndGivenUpAfterTheSixthAttempt() throws Exception {
        // Queued as the outbox queues it; an address with a line break in it is one no mail server takes.
        long mail = queued(-4, "penvoerder-" + run + "@pps.example.org\r\nBcc: iemand@example.org", 0, Instant.now().minusSeconds(1));

        for (int attempt = 1; attempt <= 6; attempt++) {
            mailer.sendDue();
            int made = attempt;
            List<AuditEntryView> failures = Waiting.upTo(Duration.ofSeconds(30), "attempt " + attempt + " recorded")
                    .until(() -> audit.about(administrator, "tranche", List.of("-4")), entries -> entries.size() == made);
            AuditEntryView last = failures.get(failures.size() - 1);
            assertThat(last.details()).contains("to=mail-penvoerder-" + run, "attempt=" + attempt, "error=AddressException")
                    .doesNotContain("pps.example.org");
            Timestamp next = nextAttempt(mail);
            if (attempt < 6) {
                assertThat(last.action()).isEqualTo("reminder.mailFailed");
                assertThat(last.details()).contains("next attempt=");
                assertThat(next.toInstant()).as("not tried again at once").isAfter(Instant.now().plusSeconds(50));
                mailer.sendDue();
                assertThat(audit.about(administrator, "tranche", List.of("-4"))).as("nor before its next attempt").hasSize(attempt);
                dueNow(mail);
            } else {
                assertThat(last.action()).isEqualTo("reminder.mailGivenUp");
                assertThat(next).as("never tried again").isNull();
            }
        }
        mailer.sendDue();
        assertThat(audit.about(administrator, "tranche", List.of("-4"))).extracting(AuditEntryView::action)
                .containsExactly("reminder.mailFailed", "reminder.mailFailed", "reminder.mailFailed", "reminder.mailFailed",
                        "reminder.mailFailed", "reminder.mailGivenUp");

        // The administrator sees it under Storingen, and has it tried once more.
        UnsentMail unsent = notifications.unsentMails(administrator).stream().filter(m -> m.id() == mail).findFirst().orElseThrow();
        assertThat(unsent.recipient()).isEqualTo("mail-penvoerder-" + run);
        assertThat(unsent.recipientName()).isEqualTo("Jeroen Smit");
        assertThat(unsent.reachable()).as("still the organisation's applicant, with an address").isTrue();
        assertThat(unsent.subject()).isEqualTo("Herinnering: opgeschort " + run);
        assertThat(unsent.attempts()).isEqualTo(6);
        assertThat(unsent.givenUp()).isTrue();
        assertThat(unsent.error()).startsWith("AddressException");
        for (Actor notAdministrator : List.of(officer, identity.actor("mail-penvoerder-" + run).orElseThrow())) {
            assertThatThrownBy(() -> notifications.unsentMails(notAdministrator)).isInstanceOf(nl.ngf.grants.shared.NotAllowedException.class);
            assertThatThrownBy(() -> notifications.retryMail(notAdministrator, mail)).isInstanceOf(nl.ngf.grants.shared.NotAllowedException.class);
        }
        assertThat(audit.about(administrator, "tranche", List.of("-4"))).as("a refused retry changes nothing").hasSize(6);

        // Tried once more, it goes to the address the applicant has now (a good one), not the one it was queued with.
        notifications.retryMail(administrator, mail);

        List<AuditEntryView> after = Waiting.upTo(Duration.ofSeconds(30), "the seventh attempt recorded")
                .until(() -> audit.about(administrator, "tranche", List.of("-4")), entries -> entries.size() == 8);
        assertThat(after.subList(6, 8)).extracting(AuditEntryView::actor, AuditEntryView::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mail-beheerder-" + run, "reminder.mailRetried"),
                org.assertj.core.groups.Tuple.tuple(AuditTrail.ENGINE, "reminder.mailed"));
        assertThat(after.get(6).details()).contains("to=mail-penvoerder-" + run, "attempts=6", "given up", "error=AddressException",
                "to the recipient's address now").doesNotContain("pps.example.org");
        assertThat(after.get(7).details()).contains("attempt=7");
        assertThat(Mailbox.of(address("penvoerder"))).extracting(Mail::subject).containsExactly("Herinnering: opgeschort " + run);
        assertThat(Mailbox.of("iemand@example.org")).as("nobody the bad address tried to add").isEmpty();
        assertThat(notifications.unsentMails(administrator)).extracting(UnsentMail::id).doesNotContain(mail);
    }

    @Test
    void aMailForSomeoneNoLongerThereIsNotTriedAgainButAnAdministratorWithdrawsIt() throws Exception {
        // Given up on the applicant who left (switched off since): no one may get it any more.
        long mail = queued(-9, "mail-vertrokken-" + run, address("vertrokken"), 6, null);
        fail(mail, "SMTPAddressFailedException: 550 5.1.1 mailbox unavailable");
        assertThat(notifications.unsentMails(administrator)).filteredOn(m -> m.id() == mail).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("mail-vertrokken-" + run);
            assertThat(m.reachable()).as("the list says so before anyone tries").isFalse();
            assertThat(m.recipientName()).isNull();
        });

        assertThatThrownBy(() -> notifications.retryMail(administrator, mail)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("mail.recipientGone");
            assertThat(e.arguments()).containsExactly("mail-vertrokken-" + run);
        });
        assertThat(nextAttempt(mail)).as("a refused retry changes nothing").isNull();
        for (Actor notAdministrator : List.of(officer, identity.actor("mail-penvoerder-" + run).orElseThrow())) {
            assertThatThrownBy(() -> notifications.withdrawMail(notAdministrator, mail)).isInstanceOf(nl.ngf.grants.shared.NotAllowedException.class);
        }
        assertThat(notifications.unsentMails(administrator)).extracting(UnsentMail::id).as("nor does a refused withdrawal").contains(mail);

        notifications.withdrawMail(administrator, mail);

        assertThat(notifications.unsentMails(administrator)).extracting(UnsentMail::id).doesNotContain(mail);
        assertThat(audit.about(administrator, "tranche", List.of("-9"))).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("mail-beheerder-" + run);
            assertThat(entry.action()).isEqualTo("reminder.mailWithdrawn");
            assertThat(entry.details()).contains("to=mail-vertrokken-" + run, "attempts=6", "error=SMTPAddressFailedException")
                    .doesNotContain("pps.example.org");
        });
        assertThatThrownBy(() -> notifications.retryMail(administrator, mail)).as("withdrawn for good")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("mail.notUnsent"));
        assertThatThrownBy(() -> notifications.withdrawMail(administrator, mail))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("mail.notUnsent"));
        dueNow(mail);
        mailer.sendDue();
        assertThat(Mailbox.of(address("vertrokken"))).as("never sent, even were it made due behind the outbox's back").isEmpty();
    }

    @Test
    void aMailThatNamesNoOrganisationIsNotTriedAgainButAnAdministratorWithdrawsIt() throws Exception {
        long mail = queued(-10, "mail-oud-" + run, address("oud"), 6, null, null);
        fail(mail, "SMTPAddressFailedException: 550 5.1.1 mailbox unavailable");
        assertThat(notifications.unsentMails(administrator)).filteredOn(m -> m.id() == mail).singleElement()
                .satisfies(m -> assertThat(m.reachable()).as("whose applicant it was for is not known").isFalse());
        assertThatThrownBy(() -> notifications.retryMail(administrator, mail)).as("not to the address it was queued with")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("mail.recipientGone"));
        assertThat(nextAttempt(mail)).as("a refused retry changes nothing").isNull();

        notifications.withdrawMail(administrator, mail);

        assertThat(notifications.unsentMails(administrator)).extracting(UnsentMail::id).doesNotContain(mail);
    }

    @Test
    void aMailAServerStoppedSendingIsSentOnceWhenItsAttemptsTimeIsOverEvenByTwoAtOnce() throws Exception {
        // Taken by an attempt a moment ago, on a server that then stopped before it sent the mail.
        Instant leaseOver = Instant.now().plus(Duration.ofMinutes(5));
        long mail = queued(-5, address("penvoerder"), 1, leaseOver);
        takenUntil(mail, leaseOver);
        fail(mail, "MailConnectException: an earlier attempt");

        mailer.sendDue();
        assertThat(Mailbox.of(address("penvoerder"))).as("not while that attempt may still be going on").isEmpty();
        assertThat(notifications.unsentMails(administrator)).filteredOn(m -> m.id() == mail).singleElement()
                .satisfies(m -> assertThat(m.beingSent()).isTrue());
        assertThatThrownBy(() -> notifications.retryMail(administrator, mail)).as("nor tried again by hand meanwhile, which could send it twice")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("mail.beingSent"));
        assertThatThrownBy(() -> notifications.withdrawMail(administrator, mail))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("mail.beingSent"));

        dueNow(mail);
        takenUntil(mail, Instant.now().minusSeconds(1));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(mailer::sendDue, executor);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(mailer::sendDue, executor);
        assertThat(one.get() + other.get()).isLessThanOrEqualTo(1);

        assertThat(awaitAudit("tranche", -5, "reminder.mailed").details()).contains("to=mail-penvoerder-" + run, "attempt=2");
        assertThat(Mailbox.of(address("penvoerder"))).extracting(Mail::subject).containsExactly("Herinnering: opgeschort " + run);
        mailer.sendDue();
        assertThat(Mailbox.of(address("penvoerder"))).as("and never again").hasSize(1);
        assertThat(notifications.unsentMails(administrator)).extracting(UnsentMail::id).doesNotContain(mail);
        assertThatThrownBy(() -> notifications.retryMail(administrator, mail)).as("nor can it be sent again by hand")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("mail.notUnsent"));
    }

    /**
     * An attempt that meets someone else changing the mail at that moment (an administrator withdrawing it, another node
     * taking it) waits for them and reads what they left: the withdrawn mail is not sent, and the server's log holds no
     * error for a race the outbox is there to settle (an attempt that read the mail before and wrote it after failed on
     * its version when it committed: an error and an incident in the log).
     */
    @Test
    void anAttemptThatMeetsAnAdministratorWithdrawingTheMailWaitsAndLeavesNoErrorInTheLog() throws Exception {
        java.nio.file.Path messages = java.nio.file.Path.of("logs", "messages.log");
        assertThat(messages).as("the server's log (its working directory is its output directory)").exists();
        int linesBefore = java.nio.file.Files.readAllLines(messages).size();

        long mail = 0;
        String to = null;
        CompletableFuture<Integer> attempt = null;
        try (Connection withdrawing = dataSource.getConnection()) {
            withdrawing.setAutoCommit(false);
            // The regular check, every 2 seconds here, may take a mail the moment it is due, before the administrator
            // does: then another mail.
            for (int tries = 0; tries < 3 && attempt == null; tries++) {
                to = address("ingetrokken" + tries);
                mail = queued(-6, to, 1, Instant.now().minusSeconds(1));
                try (PreparedStatement withdraw = withdrawing.prepareStatement("update outgoing_mail set withdrawn_at = ?,"
                        + " withdrawn_by = 'beheerder', version = version + 1 where id = ? and taken_until is null")) {
                    withdraw.setTimestamp(1, Timestamp.from(Instant.now()));
                    withdraw.setLong(2, mail);
                    if (withdraw.executeUpdate() == 1) {
                        attempt = CompletableFuture.supplyAsync(mailer::sendDue, executor);
                    } else {
                        withdrawing.rollback();
                    }
                }
            }
            assertThat(attempt).as("the administrator has a mail before an attempt took it").isNotNull();
            Waiting.upTo(Duration.ofSeconds(10), "an attempt waiting for the mail the administrator has").until(this::aTransactionWaitsForALock);
            withdrawing.commit();
        }
        attempt.get();

        long withdrawn = mail;
        assertThat(Mailbox.of(to)).as("withdrawn, so never sent").isEmpty();
        assertThat(notifications.unsentMails(administrator)).extracting(UnsentMail::id).doesNotContain(withdrawn);
        // A line of this test's own after the race: once it is in the log, whatever the race logged is there before it.
        String marker = "race settled " + run;
        java.util.logging.Logger.getLogger(ApplicantMailIT.class.getName()).info(marker);
        Waiting.upTo(Duration.ofSeconds(30), "the test's line in the log").until(() ->
                java.nio.file.Files.readAllLines(messages).stream().skip(linesBefore).anyMatch(line -> line.contains(marker)));
        assertThat(java.nio.file.Files.readAllLines(messages).stream().skip(linesBefore))
                .noneMatch(line -> line.contains("OptimisticLock") || line.contains("WTRN0074E") || line.contains("FFDC1015I"));
    }

    /** Whether a transaction of the server's waits for a row another holds. */
    private boolean aTransactionWaitsForALock() throws Exception {
        String waiting = nl.ngf.grants.testsupport.ServerDatabase.postgres()
                ? "select count(*) from pg_locks where not granted"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return nl.ngf.grants.testsupport.ServerDatabase.number(waiting) > 0;
    }

    @Test
    void aMailLeftDueIsSentByTheRegularCheckWithoutAStepAskingForIt() throws Exception {
        // As if queued just before the application stopped, and nothing committed since.
        queued(-6, address("penvoerder"), 0, Instant.now().minusSeconds(1));

        assertThat(awaitAudit("tranche", -6, "reminder.mailed").details()).contains("to=mail-penvoerder-" + run, "attempt=1");
        assertThat(Mailbox.of(address("penvoerder"))).extracting(Mail::subject).containsExactly("Herinnering: opgeschort " + run);
    }

    @Test
    void aMailSentMoreThanAMonthAgoLeavesTheOutbox() throws Exception {
        long monthAgo = sentOn(-8, Instant.now().minus(Duration.ofDays(31)));
        long weekAgo = sentOn(-8, Instant.now().minus(Duration.ofDays(7)));
        long unsent = queued(-8, "penvoerder-" + run + "@pps.example.org\r\nBcc: iemand@example.org", 6, null);
        long withdrawn = queued(-8, address("penvoerder"), 6, null);
        notifications.withdrawMail(administrator, withdrawn);
        long withdrawnMonthAgo = queued(-8, address("penvoerder"), 6, null);
        notifications.withdrawMail(administrator, withdrawnMonthAgo);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update outgoing_mail set withdrawn_at = ? where id = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(31))));
            s.setLong(2, withdrawnMonthAgo);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        mailer.removeOldSent();

        assertThat(inOutbox(monthAgo)).as("sent 31 days ago").isFalse();
        assertThat(inOutbox(weekAgo)).as("sent a week ago").isTrue();
        assertThat(inOutbox(unsent)).as("never sent").isTrue();
        assertThat(inOutbox(withdrawnMonthAgo)).as("withdrawn 31 days ago").isFalse();
        assertThat(inOutbox(withdrawn)).as("withdrawn just now").isTrue();
    }

    private long sentOn(long tranche, Instant sentAt) throws Exception {
        long id = queued(tranche, address("penvoerder"), 1, null);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update outgoing_mail set sent_at = ? where id = ?")) {
            s.setTimestamp(1, Timestamp.from(sentAt));
            s.setLong(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        return id;
    }

    private boolean inOutbox(long mail) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from outgoing_mail where id = ?")) {
            s.setLong(1, mail);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    /** A reminder's mail to the organisation's applicant in the outbox, as if queued by an earlier step (null: not due). */
    private long queued(long tranche, String to, int attempts, Instant nextAttempt) throws Exception {
        return queued(tranche, "mail-penvoerder-" + run, to, attempts, nextAttempt);
    }

    private long queued(long tranche, String recipient, String to, int attempts, Instant nextAttempt) throws Exception {
        return queued(tranche, recipient, to, attempts, nextAttempt, organisation.id());
    }

    /** {@code organisationId} null: a mail queued before mails named their organisation, for someone gone by then. */
    private long queued(long tranche, String recipient, String to, int attempts, Instant nextAttempt, Long organisationId) throws Exception {
        long id = -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 1;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into outgoing_mail (id, occasion, kind, deadline, object_type, object_id,"
                     + " recipient, address, subject, body, created_at, attempts, next_attempt_at, version, organisation_id)"
                     + " values (?, 'REMINDER', 'PROGRESS_REPORT', ?, 'tranche', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
            s.setLong(1, id);
            s.setObject(2, LocalDate.now().plusWeeks(1));
            s.setLong(3, tranche);
            s.setString(4, recipient);
            s.setString(5, to);
            s.setString(6, "Herinnering: opgeschort " + run);
            s.setString(7, "Beste Jeroen Smit,");
            s.setTimestamp(8, Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));
            s.setInt(9, attempts);
            s.setTimestamp(10, nextAttempt == null ? null : Timestamp.from(nextAttempt));
            s.setObject(11, organisationId);
            s.executeUpdate();
        }
        return id;
    }

    /** The moment the attempt that took the mail lets go of it. */
    private void takenUntil(long mail, Instant until) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update outgoing_mail set taken_until = ? where id = ?")) {
            s.setTimestamp(1, Timestamp.from(until));
            s.setLong(2, mail);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** What the last attempt on the mail ran into. */
    private void fail(long mail, String error) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update outgoing_mail set last_error = ? where id = ?")) {
            s.setString(1, error);
            s.setLong(2, mail);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private Timestamp nextAttempt(long mail) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select next_attempt_at from outgoing_mail where id = ?")) {
            s.setLong(1, mail);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getTimestamp(1);
            }
        }
    }

    /** The wait before the mail's next attempt is over. */
    private void dueNow(long mail) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update outgoing_mail set next_attempt_at = ? where id = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            s.setLong(2, mail);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void anOrganisationWithoutAddressesIsRecordedAsNotMailed() throws Exception {
        OrganisationView silent = identity.createOrganisation("mail-stil-" + run, "Stil " + run);
        identity.createUser("mail-stil-" + run, "Zonder adres", "geheim-" + run, silent.id(), Set.of(Role.APPLICANT));
        transaction.begin();
        reminders.fire(new ApplicantNotice(silent.id(), ApplicantNotice.Occasion.REMINDER, ApplicantNotice.Kind.PROGRESS_REPORT, "Stil " + run,
                LocalDate.now().plusWeeks(2), "workflow/inbox.xhtml", "tranche", -3));
        transaction.commit();

        assertThat(awaitAudit("tranche", -3, "reminder.notMailed").details())
                .contains("kind=PROGRESS_REPORT", "no active applicant of the organisation has an e-mail address");
    }

    @Test
    void anAdministratorSetsAnAddressAndAnInvalidOneIsRefusedChangingNothing() {
        UserView colleague = user("mail-collega-" + run);
        for (String invalid : new String[] {"jeroen@", "jeroen smit@pps.nl", "<script>@pps.nl", "jeroen@pps.nl\r\nBcc: x@y.nl",
                "jeroen@localhost"}) {
            assertThatThrownBy(() -> administration.updateUser(administrator, colleague.id(), new UserDetails(colleague.displayName(),
                    organisation.id(), Set.of(Role.APPLICANT), true, invalid), null))
                    .as(invalid).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("user.email.invalid"));
        }
        assertThat(user("mail-collega-" + run).email()).isNull();

        administration.updateUser(administrator, colleague.id(), new UserDetails(colleague.displayName(), organisation.id(),
                Set.of(Role.APPLICANT), true, "  " + address("collega") + " "), null);
        assertThat(user("mail-collega-" + run).email()).isEqualTo(address("collega"));
        assertThat(identity.applicantsToMail(organisation.id())).extracting(r -> r.username())
                .containsExactly("mail-collega-" + run, "mail-penvoerder-" + run);
        assertThat(audit.about(administrator, "user", List.of("mail-collega-" + run))).extracting(AuditEntryView::details)
                .anyMatch(d -> d.contains("email: null → " + address("collega")));
    }

    @Test
    void anApplicantKeepsTheirOwnAddressWhereTheirRemindersGo() {
        Actor colleague = identity.actor("mail-collega-" + run).orElseThrow();
        assertThat(administration.ownEmail(colleague)).isNull();
        assertThatThrownBy(() -> administration.changeOwnEmail(colleague, "collega@<b>pps</b>.nl"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("user.email.invalid"));
        assertThat(administration.ownEmail(colleague)).as("a refused address changes nothing").isNull();

        administration.changeOwnEmail(colleague, address("collega"));
        assertThat(administration.ownEmail(colleague)).isEqualTo(address("collega"));
        assertThat(identity.applicantsToMail(organisation.id())).extracting(r -> r.username()).contains("mail-collega-" + run);
        administration.changeOwnEmail(colleague, " ");
        assertThat(administration.ownEmail(colleague)).as("an empty address removes it").isNull();
        assertThat(identity.applicantsToMail(organisation.id())).extracting(r -> r.username()).doesNotContain("mail-collega-" + run);
        assertThat(audit.about(administrator, "user", List.of("mail-collega-" + run)))
                .filteredOn(e -> e.action().equals("user.email.changed")).extracting(AuditEntryView::actor, AuditEntryView::details)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mail-collega-" + run, "email: null → " + address("collega")),
                        org.assertj.core.groups.Tuple.tuple("mail-collega-" + run, "email: " + address("collega") + " → null"));

        Actor gone = identity.actor("mail-penvoerder-" + run).orElseThrow();
        UserView account = user("mail-penvoerder-" + run);
        administration.updateUser(administrator, account.id(), new UserDetails(account.displayName(), organisation.id(),
                Set.of(Role.APPLICANT), false, account.email()), null);
        assertThatThrownBy(() -> administration.changeOwnEmail(gone, address("elders")))
                .as("a switched-off account changes nothing").isInstanceOf(nl.ngf.grants.shared.NotAllowedException.class);
    }

    /** A conditional award for the organisation: its first revision round starts with the given deadline. */
    private long register(String title, LocalDate deadline) {
        return programmes.registerConditionalAward(officer, new ConditionalAwardRegistration(title, organisation.id(),
                new BigDecimal("2000000.00"), new BigDecimal("1500000.00"), 4, deadline, List.of("Begroting per pps")));
    }

    /** The one mail to {@code who} whose subject starts so. */
    private Mail mailTo(String who, String subjectStart) {
        return Mailbox.of(address(who)).stream().filter(m -> m.subject().startsWith(subjectStart)).collect(
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), mails -> {
                    assertThat(mails).as("mails to %s beginning '%s'", who, subjectStart).hasSize(1);
                    return mails.get(0);
                }));
    }

    /** The audit entry of the mailing of a notice (reminder.* or taskWaiting.*) about the object, once it is there. */
    private AuditEntryView awaitAudit(String objectType, long objectId, String action) {
        String occasion = action.substring(0, action.indexOf('.') + 1);
        List<AuditEntryView> entries = Waiting.upTo(Duration.ofSeconds(90), "an audit entry " + occasion + "* about " + objectType + " " + objectId)
                .until(() -> audit.about(administrator, objectType, List.of(String.valueOf(objectId))).stream()
                        .filter(e -> e.action().startsWith(occasion)).toList(), e -> !e.isEmpty());
        assertThat(entries).extracting(AuditEntryView::action).containsExactly(action);
        return entries.get(0);
    }
}

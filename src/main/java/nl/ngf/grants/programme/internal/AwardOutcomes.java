package nl.ngf.grants.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.shared.ApplicantNotice;
import nl.ngf.grants.shared.ProgrammeClosed;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkflowService;

/** What the grantAward model's own steps do to a programme. Used only by this module's delegates. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AwardOutcomes {

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    WorkflowService workflow;

    @Inject
    Event<ApplicantNotice> notices;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    public void award(long programmeId) {
        Programme programme = programme(programmeId);
        programme.markAwarded();
        audit.record(AuditTrail.ENGINE, "programme.awarded", "programme", programmeId, "awardedCents=" + programme.awardedCents);
    }

    /** Rejected: the file is closed, and its award case's history is kept from now on. */
    public void reject(long programmeId) {
        Programme programme = programme(programmeId);
        programme.markRejected();
        Instant now = clock.instant();
        programme.close(now);
        audit.record(AuditTrail.ENGINE, "programme.rejected", "programme", programmeId, "historyKeptUntil=" + retainHistory(programmeId, now));
    }

    /** Withdrawn: the file is closed, and its award case's history is kept from now on. */
    public void withdraw(long programmeId) {
        Programme programme = programme(programmeId);
        programme.markWithdrawn();
        Instant now = clock.instant();
        programme.close(now);
        audit.record(AuditTrail.ENGINE, "programme.withdrawn", "programme", programmeId, "historyKeptUntil=" + retainHistory(programmeId, now));
    }

    /** An awarded programme closes at its final settlement (the funding module's decision). */
    void closed(@Observes ProgrammeClosed closed) {
        Programme programme = em.find(Programme.class, closed.programmeId());
        if (programme == null) {
            throw new IllegalStateException("No programme " + closed.programmeId());
        }
        programme.close(closed.closedAt());
        retainHistory(closed.programmeId(), closed.closedAt());
    }

    private Instant retainHistory(long programmeId, Instant closedAt) {
        return workflow.retainHistory(closedAt, Map.of(ProcessKeys.GRANT_AWARD, List.of(String.valueOf(programmeId))));
    }

    /** The reminder before the revision deadline: on the programme's page now, and mailed to its applicants once this commits. */
    public void remindApplicant(long programmeId) {
        Programme programme = programme(programmeId);
        programme.recordReminder(clock.instant());
        audit.record(AuditTrail.ENGINE, "programme.reminderSent", "programme", programmeId, "deadline=" + programme.revisionDeadline);
        announce(programme, ApplicantNotice.Occasion.REMINDER, programme.revisionDeadline);
    }

    /** A revision round began (the plan's task was just created): its applicants are mailed once this commits. */
    public void revisionWaiting(long programmeId, LocalDate deadline) {
        // Read, not locked: at registration the programme is not in the database yet, only in this transaction.
        announce(programme(programmeId, LockModeType.NONE), ApplicantNotice.Occasion.TASK_WAITING, deadline);
    }

    private void announce(Programme programme, ApplicantNotice.Occasion occasion, LocalDate deadline) {
        notices.fire(new ApplicantNotice(programme.organisationId, occasion, ApplicantNotice.Kind.REVISION,
                programme.reference + " " + programme.title, deadline, ApplicantNotice.inboxSearching(programme.reference),
                "programme", programme.id));
    }

    public void deadlinePassed(long programmeId) {
        programme(programmeId).recordDeadlinePassed(clock.instant());
        audit.record(AuditTrail.ENGINE, "programme.deadlinePassed", "programme", programmeId, null);
    }

    private Programme programme(long programmeId) {
        return programme(programmeId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Programme programme(long programmeId, LockModeType lock) {
        Programme programme = em.find(Programme.class, programmeId, lock);
        if (programme == null) {
            throw new IllegalStateException("No programme " + programmeId);
        }
        return programme;
    }
}

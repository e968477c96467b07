package nl.ngf.grants.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.documents.DocumentService;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.CompletenessDecision;
import nl.ngf.grants.programme.DeadlineChoice;
import nl.ngf.grants.programme.ExpiredDeadlineDecision;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.programme.RevisionSubmission;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.shared.Settings;
import nl.ngf.grants.shared.SubmissionKey;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class DefaultProgrammeService implements ProgrammeService {

    static final String REVISE_TASK = "reviseConditionalAward";
    static final String COMPLETENESS_TASK = "checkCompleteness";
    static final String ASSESS_TASK = "assessRevision";
    static final String DEADLINE_TASK = "decideOnExpiredDeadline";
    static final ZoneId ZONE = RevisionDeadlines.ZONE;

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    WorkflowService workflow;

    @Inject
    AuditTrail audit;

    @Inject
    IdentityService identity;

    @Inject
    DocumentService documents;

    @Inject
    @ConfigProperty(name = "ngf.award.revision-period-days", defaultValue = "42")
    int revisionPeriodDays;

    @Inject
    @ConfigProperty(name = "ngf.award.reminder-days-before-deadline", defaultValue = "7")
    int reminderDays;

    @Inject
    @ConfigProperty(name = "ngf.award.max-revision-rounds", defaultValue = "3")
    int maxRevisionRounds;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /**
     * A revision period or reminder the deadlines' rules cannot hold, or a number of rounds that leaves none or more than
     * ten, stops the start-up, naming the setting.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object application) {
        Deadlines.requirePeriod("ngf.award.revision-period-days", revisionPeriodDays);
        Deadlines.requireReminder("ngf.award.reminder-days-before-deadline", reminderDays);
        Settings.requireBetween("ngf.award.max-revision-rounds", maxRevisionRounds, 1, 10);
    }

    @Override
    public int maxRevisionRounds() {
        return maxRevisionRounds;
    }

    @Override
    public LocalDate suggestedDeadline() {
        return today().plusDays(revisionPeriodDays);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private Map<String, Object> newRound(Programme programme) {
        return new RevisionDeadlines(reminderDays).variables(programme.revisionDeadline, clock.instant());
    }

    @Override
    public long registerConditionalAward(Actor officer, ConditionalAwardRegistration registration) {
        officer.require(Role.GRANT_OFFICER);
        OrganisationView organisation = registration.organisationId() == null ? null
                : identity.organisation(registration.organisationId())
                        .orElseThrow(() -> new DomainException("programme.organisation.required"));
        Instant now = clock.instant();
        Programme programme = Programme.register(registration.title(), registration.organisationId(),
                registration.requestedAmount(), registration.conditionalAmount(), registration.plannedPpsCount(),
                registration.revisionDeadline(), registration.conditions(), officer.username(), now,
                LocalDate.ofInstant(now, ZONE));
        // The numbering locked for the rest of the transaction: of the same form sent twice at once, the second waits,
        // then finds the first's programme.
        ProgrammeNumbering numbering = em.find(ProgrammeNumbering.class, ProgrammeNumbering.ONLY, LockModeType.PESSIMISTIC_WRITE);
        programme.submissionKey = SubmissionKey.checked(registration.submissionKey());
        Optional<Programme> sent = SubmissionKey.sentBefore(programme.submissionKey, key -> em.createQuery(
                        "select p from Programme p where p.submissionKey = :key", Programme.class).setParameter("key", key)
                        .getResultStream().findFirst(),
                p -> p.registeredBy.equals(officer.username()), p -> p.registersTheSameAs(programme), "register.submission.used");
        if (sent.isPresent()) {
            return sent.get().id;
        }
        programme.reference = numbering.next(LocalDate.ofInstant(now, ZONE).getYear());
        em.persist(programme);

        Map<String, Object> variables = new HashMap<>(newRound(programme));
        variables.put("programmeId", programme.id);
        variables.put("subject", programme.title);
        variables.put("applicantGroup", Actor.organisationGroup(organisation.code()));
        // Recorded before the case starts, so that the trail reads the registration before what its first task sets off (its notice).
        audit.record(officer.username(), "programme.conditionalAward", "programme", programme.id,
                "title=" + programme.title + "; organisation=" + registration.organisationId() + "; requestedCents="
                        + programme.requestedCents + "; conditionalCents=" + programme.conditionalCents + "; deadline="
                        + registration.revisionDeadline() + "; conditions=" + registration.conditions().size() + "; " + programme.conditions.stream()
                        .map(c -> AuditTrail.quoted("condition " + c.position, c.text)).collect(Collectors.joining("; ")));
        programme.processInstanceId = workflow.startAs(officer.username(), ProcessKeys.GRANT_AWARD, String.valueOf(programme.id), variables);
        return programme.id;
    }

    @Override
    public void submitRevision(Actor applicant, String taskId, RevisionSubmission submission) {
        Programme programme = programmeOfTask(applicant, taskId, REVISE_TASK);
        if (!applicant.belongsTo(programme.organisationId)) {
            throw new TaskNotAvailableException();
        }
        // Refuses documents that do not exist or are not the applicant's organisation's.
        documents.documents(applicant, submission.documentIds());
        Revision revision = programme.submitRevision(submission.answers(), submission.summary(), submission.ppsCount(),
                submission.documentIds(), applicant.username(), clock.instant());
        em.flush();
        audit.record(applicant.username(), "programme.revisionSubmitted", "programme", programme.id,
                "round=" + revision.round + "; ppsCount=" + revision.ppsCount + "; documents=" + submission.documentIds() + "; "
                        + revision.answers.stream().map(a -> AuditTrail.quoted("answer " + a.condition.position, a.answer))
                                .collect(Collectors.joining("; "))
                        + AuditTrail.alsoQuoted("summary", revision.summary));
        workflow.complete(applicant, taskId, REVISE_TASK, Map.of());
    }

    @Override
    public void checkCompleteness(Actor officer, String taskId, CompletenessDecision decision) {
        officer.require(Role.GRANT_OFFICER);
        Programme programme = programmeOfTask(officer, taskId, COMPLETENESS_TASK);
        CompletenessCheck check = programme.checkCompleteness(decision.complete(), decision.remarks(), decision.newDeadline(),
                officer.username(), clock.instant(), today());
        em.flush();
        Map<String, Object> variables = check.complete ? new HashMap<>() : newRound(programme);
        variables.put("revisionComplete", check.complete);
        audit.record(officer.username(), "programme.completenessChecked", "programme", programme.id,
                "complete=" + check.complete + (check.complete ? "" : "; newDeadline=" + programme.revisionDeadline)
                        + AuditTrail.alsoQuoted("remarks", check.remarks));
        workflow.complete(officer, taskId, COMPLETENESS_TASK, variables);
    }

    @Override
    public void assess(Actor committeeMember, String taskId, AssessmentDecision decision) {
        committeeMember.require(Role.COMMITTEE_MEMBER);
        Programme programme = programmeOfTask(committeeMember, taskId, ASSESS_TASK);
        LocalDate nextDeadline = suggestedDeadline();
        Assessment assessment = programme.assess(decision.outcome(), decision.awardedAmount(), decision.reasoning(),
                decision.verdicts(), maxRevisionRounds, nextDeadline, committeeMember.username(), clock.instant(), today());
        em.flush();
        Map<String, Object> variables = assessment.outcome == AssessmentOutcome.REVISE_AGAIN ? newRound(programme) : new HashMap<>();
        variables.put("assessmentOutcome", assessment.outcome.name());
        audit.record(committeeMember.username(), "programme.assessed", "programme", programme.id,
                "outcome=" + assessment.outcome + "; awardedCents=" + assessment.awardedCents + "; " + assessment.verdicts.stream()
                        .map(v -> AuditTrail.quoted("condition " + v.condition.position + (v.met ? " met" : " not met"), v.reasoning))
                        .collect(Collectors.joining("; ")) + "; " + AuditTrail.quoted("reasoning", assessment.reasoning));
        workflow.complete(committeeMember, taskId, ASSESS_TASK, variables);
    }

    @Override
    public void decideOnExpiredDeadline(Actor officer, String taskId, ExpiredDeadlineDecision decision) {
        officer.require(Role.GRANT_OFFICER);
        Programme programme = programmeOfTask(officer, taskId, DEADLINE_TASK);
        DeadlineDecision recorded = programme.decideOnExpiredDeadline(decision.choice(), decision.newDeadline(),
                decision.reason(), officer.username(), clock.instant(), today());
        em.flush();
        Map<String, Object> variables = recorded.decision == DeadlineChoice.EXTEND ? newRound(programme) : new HashMap<>();
        variables.put("deadlineDecision", recorded.decision.name());
        audit.record(officer.username(), "programme.expiredDeadlineDecided", "programme", programme.id,
                "decision=" + recorded.decision + (recorded.decision == DeadlineChoice.EXTEND ? "; newDeadline=" + programme.revisionDeadline : "")
                        + AuditTrail.alsoQuoted("reason", recorded.reason));
        workflow.complete(officer, taskId, DEADLINE_TASK, variables);
    }

    /**
     * The programme a task is about, locked for the rest of the transaction. Of two users completing
     * the same task at once, the second waits for the lock and then finds the task gone.
     */
    private Programme programmeOfTask(Actor actor, String taskId, String taskKey) {
        WorkTask task = openTask(actor, taskId, taskKey);
        Programme programme = em.find(Programme.class, Long.valueOf(task.businessKey()), LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new TaskNotAvailableException();
        }
        openTask(actor, taskId, taskKey);
        return programme;
    }

    private WorkTask openTask(Actor actor, String taskId, String taskKey) {
        return workflow.task(actor, taskId)
                .filter(t -> t.taskKey().equals(taskKey))
                .orElseThrow(() -> workflow.notAvailable(actor, taskId));
    }

    @Override
    public List<ProgrammeSummary> programmes(Actor actor) {
        List<Programme> programmes;
        if (actor.readsAllOrganisations()) {
            programmes = em.createQuery("select p from Programme p order by p.registeredAt desc", Programme.class).getResultList();
        } else if (actor.organisationId() != null) {
            programmes = em.createQuery("select p from Programme p where p.organisationId = :org order by p.registeredAt desc", Programme.class)
                    .setParameter("org", actor.organisationId()).getResultList();
        } else if (actor.hasRole(Role.COMMITTEE_MEMBER)) {
            programmes = em.createQuery("select distinct p from Programme p join p.completenessChecks c where c.complete = true"
                    + " order by p.registeredAt desc", Programme.class).getResultList();
        } else {
            programmes = List.of();
        }
        Map<Long, String> organisationNames = identity.organisations().stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
        return programmes.stream().map(p -> summary(p, organisationNames.get(p.organisationId))).toList();
    }

    @Override
    public ProgrammeStatus statusOf(long programmeId) {
        Programme p = em.find(Programme.class, programmeId);
        if (p == null) {
            throw new NotAllowedException("programme.notFound");
        }
        return p.status;
    }

    @Override
    public ProgrammeDetails programme(Actor actor, long programmeId) {
        Programme p = readable(actor, programmeId);
        String organisationName = organisationName(p);
        Map<Long, AwardCondition> conditions = p.conditions.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<ProgrammeDetails.Revision> revisions = p.revisions.stream().map(r -> new ProgrammeDetails.Revision(
                r.round, r.summary, r.ppsCount, r.submittedBy, r.submittedAt,
                r.answers.stream()
                        .map(a -> new ProgrammeDetails.Answer(a.condition.id, a.condition.position, a.condition.text, a.answer))
                        .sorted(Comparator.comparingInt(ProgrammeDetails.Answer::position))
                        .toList(),
                documents.documents(actor, r.documentIds))).toList();
        List<ProgrammeDetails.Assessment> assessments = p.assessments.stream().map(a -> new ProgrammeDetails.Assessment(
                a.revision.round, a.outcome, a.awardedCents == null ? null : Money.ofCents(a.awardedCents),
                a.reasoning, a.assessedBy, a.assessedAt,
                a.verdicts.stream()
                        .map(v -> new ProgrammeDetails.Verdict(v.condition.id, v.condition.position, v.condition.text, v.met, v.reasoning))
                        .sorted(Comparator.comparingInt(ProgrammeDetails.Verdict::position))
                        .toList())).toList();
        List<ProgrammeDetails.CompletenessCheck> checks = p.completenessChecks.stream().map(c -> new ProgrammeDetails.CompletenessCheck(
                c.revision.round, c.complete, c.remarks, c.checkedBy, c.checkedAt)).toList();
        List<ProgrammeDetails.DeadlineDecision> decisions = p.deadlineDecisions.stream().map(d -> new ProgrammeDetails.DeadlineDecision(
                d.decision, d.oldDeadline, d.newDeadline, d.reason, d.decidedBy, d.decidedAt)).toList();
        List<ProgrammeDetails.Event> events = p.events.stream()
                .map(e -> new ProgrammeDetails.Event(e.kind, e.occurredAt, e.deadline)).toList();
        List<ProgrammeDetails.Comment> comments = p.comments.stream()
                .map(c -> new ProgrammeDetails.Comment(c.author, c.authorName, c.text, c.createdAt)).toList();
        return new ProgrammeDetails(summary(p, organisationName), p.organisationId, p.plannedPpsCount,
                p.registeredBy, p.registeredAt,
                conditions.values().stream().sorted(Comparator.comparingInt(c -> c.position))
                        .map(c -> new ProgrammeDetails.Condition(c.id, c.position, c.text)).toList(),
                revisions, checks, assessments, decisions, events, comments);
    }

    @Override
    public void comment(Actor author, long programmeId, String text, String submissionKey) {
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null || !mayComment(author, programme.organisationId)) {
            throw new NotAllowedException("programme.notFound");
        }
        // Locked for the rest of the transaction: of the same form sent twice at once, the second waits, then finds the
        // first's comment.
        em.lock(programme, LockModeType.PESSIMISTIC_WRITE);
        int before = programme.comments.size();
        ProgrammeComment comment = programme.comment(author.username(), author.displayName(), text, clock.instant(), submissionKey);
        if (programme.comments.size() == before) {
            // The form's comment, posted already: nothing new to record.
            return;
        }
        audit.record(author.username(), "programme.commented", "programme", programmeId, AuditTrail.quoted("text", comment.text));
    }

    @Override
    public boolean mayComment(Actor actor, ProgrammeDetails programme) {
        return mayComment(actor, programme.organisationId());
    }

    private static boolean mayComment(Actor actor, long organisationId) {
        return actor.hasRole(Role.GRANT_OFFICER) || (actor.hasRole(Role.APPLICANT) && actor.belongsTo(organisationId));
    }

    @Override
    public ProgrammeSummary summary(Actor actor, long programmeId) {
        Programme p = readable(actor, programmeId);
        return summary(p, organisationName(p));
    }

    @Override
    public ProgrammeSummary summaryHeld(Actor actor, long programmeId) {
        Programme p = readable(actor, programmeId);
        // Read again under the lock: what another transaction committed while this one waited is what counts.
        em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
        return summary(p, organisationName(p));
    }

    private Programme readable(Actor actor, long programmeId) {
        Programme p = em.find(Programme.class, programmeId);
        if (p == null || !(actor.mayRead(p.organisationId) || assesses(actor, p))) {
            // The same answer whether it does not exist or is not yours: ids reveal nothing.
            throw new NotAllowedException("programme.notFound");
        }
        return p;
    }

    /** A committee member reaches what they assess: a programme once a revision of it was put before the committee. */
    static boolean assesses(Actor actor, Programme programme) {
        return actor.hasRole(Role.COMMITTEE_MEMBER) && programme.putBeforeCommittee();
    }

    private String organisationName(Programme p) {
        return identity.organisation(p.organisationId).map(OrganisationView::name).orElse("?");
    }

    private static ProgrammeSummary summary(Programme p, String organisationName) {
        return new ProgrammeSummary(p.id, p.reference, p.title, p.organisationId, organisationName, p.status,
                Money.ofCents(p.requestedCents), Money.ofCents(p.conditionalCents),
                p.awardedCents == null ? null : Money.ofCents(p.awardedCents), p.revisionDeadline, p.closedAt);
    }
}

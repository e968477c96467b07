package nl.ngf.grants.programme.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.DeadlineChoice;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.Refusals;
import nl.ngf.grants.shared.SubmissionKey;

/**
 * A programme and its award. Its methods are the rules of the award lifecycle; the database's
 * check constraints repeat the rules on amounts as a last line of defence.
 */
@Entity
@Table(name = "programme")
@SequenceGenerator(name = "ngf_programme_id", sequenceName = "ngf_id_seq", allocationSize = 50)
class Programme {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 4000;
    static final int MAX_LONG_TEXT = 8000;
    /**
     * More than the whole National Growth Fund (20 billion euros) is no request but a typing error: a zero too many
     * would otherwise go through, and every amount after it (conditional, awarded, allocated) is held to this one.
     */
    static final Money MOST_REQUESTED = Money.ofEuros(20_000_000_000L);
    /** More PPSs than a programme could hold is a digit too many (the seed's programme planned 50, then 15). */
    static final int MOST_PPSS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_programme_id")
    Long id;

    @Column(nullable = false, unique = true, length = 40)
    String reference;

    @Column(nullable = false, length = MAX_TITLE)
    String title;

    @Column(name = "organisation_id", nullable = false)
    long organisationId;

    @Column(name = "requested_cents", nullable = false)
    long requestedCents;

    @Column(name = "conditional_cents", nullable = false)
    long conditionalCents;

    @Column(name = "awarded_cents")
    Long awardedCents;

    @Column(name = "planned_pps_count")
    Integer plannedPpsCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    ProgrammeStatus status;

    @Column(name = "revision_deadline", nullable = false)
    LocalDate revisionDeadline;

    @Column(name = "registered_by", nullable = false, length = 60)
    String registeredBy;

    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;

    @Column(name = "process_instance_id", length = 64)
    String processInstanceId;

    /** When the file closed (final settlement, rejection or withdrawal); null while it is open. */
    @Column(name = "closed_at")
    Instant closedAt;

    /** The form the award was registered from (ConditionalAwardRegistration.submissionKey); null when none was named. */
    @Column(name = "submission_key", updatable = false, length = 36)
    String submissionKey;

    @Version
    long version;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST, orphanRemoval = false)
    @OrderBy("position")
    List<AwardCondition> conditions = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("round")
    List<Revision> revisions = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("assessedAt")
    List<Assessment> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("checkedAt")
    List<CompletenessCheck> completenessChecks = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("decidedAt")
    List<DeadlineDecision> deadlineDecisions = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt")
    List<ProgrammeEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    List<ProgrammeComment> comments = new ArrayList<>();

    protected Programme() {
    }

    /** Whether the other registers the award this one registered: the same form, sent twice. */
    boolean registersTheSameAs(Programme other) {
        return title.equals(other.title) && organisationId == other.organisationId && requestedCents == other.requestedCents
                && conditionalCents == other.conditionalCents && java.util.Objects.equals(plannedPpsCount, other.plannedPpsCount)
                && revisionDeadline.equals(other.revisionDeadline)
                && conditions.stream().map(c -> c.text).toList().equals(other.conditions.stream().map(c -> c.text).toList());
    }

    /** Registers a conditional award, refusing anything that breaks a rule. */
    static Programme register(String title, Long organisationId, BigDecimal requested, BigDecimal conditional,
                              Integer plannedPpsCount, LocalDate revisionDeadline, List<String> conditionTexts,
                              String officer, Instant now, LocalDate today) {
        // Each field on its own, in the form's order: the officer is told everything wrong at once.
        Refusals refusals = new Refusals();
        String cleanTitle = refusals.value(() -> {
            String stripped = required(title, "programme.title.required");
            if (stripped.length() > MAX_TITLE) {
                throw new DomainException("programme.title.tooLong", MAX_TITLE);
            }
            return stripped;
        });
        if (organisationId == null) {
            refusals.refuse("programme.organisation.required");
        }
        Money requestedAmount = refusals.value(() -> positive(requested, "programme.requested.required", "programme.requested.positive"));
        if (requestedAmount != null && requestedAmount.isGreaterThan(MOST_REQUESTED)) {
            refusals.refuse("programme.requested.aboveFund");
        }
        Money conditionalAmount = refusals.value(() -> positive(conditional, "programme.conditional.required",
                "programme.conditional.positive"));
        if (requestedAmount != null && conditionalAmount != null && conditionalAmount.isGreaterThan(requestedAmount)) {
            refusals.refuse("programme.conditional.aboveRequested");
        }
        refusals.check(() -> checkPpsCount(plannedPpsCount));
        refusals.check(() -> requireFutureDeadline(revisionDeadline, today));
        List<String> texts = conditionTexts == null ? List.of()
                : conditionTexts.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        if (texts.isEmpty()) {
            refusals.refuse("programme.conditions.required");
        }
        if (texts.size() > nl.ngf.grants.programme.ConditionalAwardRegistration.MOST_CONDITIONS) {
            refusals.refuse("programme.conditions.tooMany", nl.ngf.grants.programme.ConditionalAwardRegistration.MOST_CONDITIONS,
                    texts.size());
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).length() > MAX_TEXT) {
                refusals.refuse("programme.condition.tooLong", i + 1, MAX_TEXT);
            }
        }
        refusals.refuseIfAny();
        Programme programme = new Programme();
        programme.title = cleanTitle;
        programme.organisationId = organisationId;
        programme.requestedCents = requestedAmount.cents();
        programme.conditionalCents = conditionalAmount.cents();
        programme.plannedPpsCount = plannedPpsCount;
        programme.revisionDeadline = revisionDeadline;
        programme.status = ProgrammeStatus.AWAITING_REVISION;
        programme.registeredBy = officer;
        programme.registeredAt = now;
        for (int i = 0; i < texts.size(); i++) {
            programme.conditions.add(new AwardCondition(programme, i + 1, texts.get(i)));
        }
        return programme;
    }

    /** A new, immutable revision: every condition answered. Goes to the completeness check. */
    Revision submitRevision(Map<Long, String> answers, String summary, Integer ppsCount, List<Long> documentIds,
                            String applicant, Instant now) {
        requireStatus(ProgrammeStatus.AWAITING_REVISION);
        // Every answer on its own: the applicant is told each condition left open or too long at once.
        Refusals refusals = new Refusals();
        for (AwardCondition condition : conditions) {
            String answer = answers == null ? null : answers.get(condition.id);
            if (answer == null || answer.isBlank()) {
                refusals.refuse("revision.answer.required", condition.position);
            } else if (answer.strip().length() > MAX_LONG_TEXT) {
                refusals.refuse("revision.answer.tooLong", condition.position, MAX_LONG_TEXT);
            }
        }
        String cleanSummary = summary == null || summary.isBlank() ? null : summary.strip();
        if (cleanSummary != null && cleanSummary.length() > MAX_LONG_TEXT) {
            refusals.refuse("revision.summary.tooLong", MAX_LONG_TEXT);
        }
        refusals.check(() -> checkPpsCount(ppsCount));
        refusals.refuseIfAny();
        Revision revision = new Revision(this, revisions.size() + 1, cleanSummary, ppsCount, applicant, now);
        for (AwardCondition condition : conditions) {
            revision.answers.add(new ConditionAnswer(revision, condition, answers.get(condition.id).strip()));
        }
        revision.documentIds.addAll(documentIds == null ? List.of() : documentIds.stream().distinct().toList());
        revisions.add(revision);
        status = ProgrammeStatus.COMPLETENESS_CHECK;
        return revision;
    }

    /** Whether a revision of it was ever found complete, and so put before the committee to assess. */
    boolean putBeforeCommittee() {
        return completenessChecks.stream().anyMatch(check -> check.complete);
    }

    /** Complete goes to the committee; incomplete goes back to the applicant with remarks and a new deadline. */
    CompletenessCheck checkCompleteness(Boolean complete, String remarks, LocalDate newDeadline, String officer,
                                        Instant now, LocalDate today) {
        requireStatus(ProgrammeStatus.COMPLETENESS_CHECK);
        if (complete == null) {
            throw new DomainException("completeness.decision.required");
        }
        String cleanRemarks = optional(remarks, "completeness.remarks.tooLong");
        if (!complete) {
            if (cleanRemarks == null) {
                throw new DomainException("completeness.remarks.required");
            }
            requireFutureDeadline(newDeadline, today);
            revisionDeadline = newDeadline;
            status = ProgrammeStatus.AWAITING_REVISION;
        } else {
            status = ProgrammeStatus.IN_ASSESSMENT;
        }
        CompletenessCheck check = new CompletenessCheck(this, latestRevision(), complete, cleanRemarks, officer, now);
        completenessChecks.add(check);
        return check;
    }

    /**
     * The committee's verdict on the latest revision: every condition met or not, with reasoning, and an
     * outcome. An award needs every condition met and never exceeds the conditional amount; another
     * round is possible only below {@code maxRounds} assessed rounds.
     */
    Assessment assess(AssessmentOutcome outcome, BigDecimal awardedAmount, String reasoning,
                      Map<Long, AssessmentDecision.Verdict> verdicts, int maxRounds, LocalDate newDeadline,
                      String assessor, Instant now, LocalDate today) {
        requireStatus(ProgrammeStatus.IN_ASSESSMENT);
        // The verdict per condition, the outcome and the reasoning each on their own: the committee is told all that is
        // missing at once; what the outcome then asks (an amount, a deadline) is checked once they are complete.
        Refusals refusals = new Refusals();
        for (AwardCondition condition : conditions) {
            AssessmentDecision.Verdict verdict = verdicts == null ? null : verdicts.get(condition.id);
            if (verdict == null || verdict.met() == null || verdict.reasoning() == null || verdict.reasoning().isBlank()) {
                refusals.refuse("assessment.verdict.required", condition.position);
            } else if (verdict.reasoning().strip().length() > MAX_LONG_TEXT) {
                refusals.refuse("assessment.verdict.tooLong", condition.position, MAX_LONG_TEXT);
            }
        }
        if (outcome == null) {
            refusals.refuse("assessment.outcome.required");
        }
        String cleanReasoning = refusals.value(() -> {
            String stripped = required(reasoning, "assessment.reasoning.required");
            if (stripped.length() > MAX_LONG_TEXT) {
                throw new DomainException("assessment.reasoning.tooLong", MAX_LONG_TEXT);
            }
            return stripped;
        });
        refusals.refuseIfAny();
        boolean allMet = conditions.stream().allMatch(condition -> verdicts.get(condition.id).met());
        Money awarded = null;
        switch (outcome) {
            case AWARD -> {
                if (!allMet) {
                    throw new DomainException("assessment.award.conditionsNotMet");
                }
                awarded = amount(awardedAmount, "assessment.amount.required");
                if (!awarded.isPositive()) {
                    throw new DomainException("assessment.amount.positive");
                }
                if (awarded.isGreaterThan(conditional())) {
                    throw new DomainException("assessment.amount.aboveConditional");
                }
            }
            case REVISE_AGAIN -> {
                if (assessments.size() + 1 >= maxRounds) {
                    throw new DomainException("assessment.reviseAgain.limit", maxRounds);
                }
                requireFutureDeadline(newDeadline, today);
                revisionDeadline = newDeadline;
                status = ProgrammeStatus.AWAITING_REVISION;
            }
            case REJECT -> {
                // the model's rejectProgramme step closes the case
            }
        }
        Assessment assessment = new Assessment(this, latestRevision(), outcome, awarded, cleanReasoning, assessor, now);
        for (AwardCondition condition : conditions) {
            AssessmentDecision.Verdict verdict = verdicts.get(condition.id);
            assessment.verdicts.add(new ConditionVerdict(assessment, condition, verdict.met(), verdict.reasoning().strip()));
        }
        assessments.add(assessment);
        return assessment;
    }

    /** The model's reminder before the deadline went out. */
    void recordReminder(Instant now) {
        events.add(new ProgrammeEvent(this, ProgrammeEvent.REMINDER_SENT, now, revisionDeadline));
    }

    /** The model's deadline timer fired without a submission: a grant officer decides next. */
    void recordDeadlinePassed(Instant now) {
        requireStatus(ProgrammeStatus.AWAITING_REVISION);
        status = ProgrammeStatus.DEADLINE_PASSED;
        events.add(new ProgrammeEvent(this, ProgrammeEvent.DEADLINE_PASSED, now, revisionDeadline));
    }

    /** Extend (a new deadline in the future) or withdraw (with a reason, closed by the model). */
    DeadlineDecision decideOnExpiredDeadline(DeadlineChoice choice, LocalDate newDeadline, String reason, String officer,
                                             Instant now, LocalDate today) {
        requireStatus(ProgrammeStatus.DEADLINE_PASSED);
        if (choice == null) {
            throw new DomainException("deadline.decision.required");
        }
        LocalDate oldDeadline = revisionDeadline;
        String cleanReason = optional(reason, "deadline.reason.tooLong");
        if (choice == DeadlineChoice.EXTEND) {
            requireFutureDeadline(newDeadline, today);
            revisionDeadline = newDeadline;
            status = ProgrammeStatus.AWAITING_REVISION;
        } else if (cleanReason == null) {
            throw new DomainException("deadline.reason.required");
        }
        DeadlineDecision decision = new DeadlineDecision(this, choice, oldDeadline,
                choice == DeadlineChoice.EXTEND ? newDeadline : null, cleanReason, officer, now);
        deadlineDecisions.add(decision);
        return decision;
    }

    /**
     * A comment by an officer or the applicant; text only, at most {@link ProgrammeComment#MAX_TEXT} characters. Sent again
     * as it was from the same form (SubmissionKey), the comment posted before; the caller holds the programme's lock.
     */
    ProgrammeComment comment(String author, String authorName, String text, Instant now, String submissionKey) {
        String clean = required(text, "comment.text.required");
        if (clean.length() > ProgrammeComment.MAX_TEXT) {
            throw new DomainException("comment.text.tooLong", ProgrammeComment.MAX_TEXT);
        }
        String key = SubmissionKey.checked(submissionKey);
        java.util.Optional<ProgrammeComment> sent = SubmissionKey.sentBefore(key,
                k -> comments.stream().filter(c -> k.equals(c.submissionKey)).findFirst(),
                c -> c.author.equals(author), c -> c.text.equals(clean), "comment.submission.used");
        if (sent.isPresent()) {
            return sent.get();
        }
        ProgrammeComment comment = new ProgrammeComment(this, author, authorName, clean, now, key);
        comments.add(comment);
        return comment;
    }

    /** Called by the model after a withdrawal decision. */
    void markWithdrawn() {
        requireStatus(ProgrammeStatus.DEADLINE_PASSED);
        if (deadlineDecisions.isEmpty() || deadlineDecisions.get(deadlineDecisions.size() - 1).decision != DeadlineChoice.WITHDRAW) {
            throw new IllegalStateException("Programme " + id + " has no withdrawal decision");
        }
        status = ProgrammeStatus.WITHDRAWN;
    }

    Revision latestRevision() {
        if (revisions.isEmpty()) {
            throw new IllegalStateException("Programme " + id + " has no revision");
        }
        return revisions.get(revisions.size() - 1);
    }

    /** Called by the model when the outcome is award: the amount becomes definitive. */
    void markAwarded() {
        requireStatus(ProgrammeStatus.IN_ASSESSMENT);
        Assessment latest = latestAssessment();
        if (latest.outcome != AssessmentOutcome.AWARD) {
            throw new IllegalStateException("Programme " + id + " has no award decision");
        }
        awardedCents = latest.awardedCents;
        status = ProgrammeStatus.AWARDED;
    }

    /** The file closes once; a later call changes nothing. */
    void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    /** Called by the model when the outcome is reject. */
    void markRejected() {
        requireStatus(ProgrammeStatus.IN_ASSESSMENT);
        if (latestAssessment().outcome != AssessmentOutcome.REJECT) {
            throw new IllegalStateException("Programme " + id + " has no rejection decision");
        }
        status = ProgrammeStatus.REJECTED;
    }

    Assessment latestAssessment() {
        if (assessments.isEmpty()) {
            throw new IllegalStateException("Programme " + id + " has not been assessed");
        }
        return assessments.get(assessments.size() - 1);
    }

    Money conditional() {
        return Money.ofCents(conditionalCents);
    }

    private void requireStatus(ProgrammeStatus expected) {
        if (status != expected) {
            throw new DomainException("programme.status.unexpected", status.name());
        }
    }

    private static void requireFutureDeadline(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            throw new DomainException("programme.deadline.required");
        }
        if (!deadline.isAfter(today)) {
            throw new DomainException("programme.deadline.future");
        }
        if (deadline.isAfter(Deadlines.latest(today))) {
            throw new DomainException("programme.deadline.withinAYear", Deadlines.latest(today));
        }
    }

    private static String optional(String text, String tooLongKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_LONG_TEXT) {
            throw new DomainException(tooLongKey, MAX_LONG_TEXT);
        }
        return text.strip();
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainException(key);
        }
        return text.strip();
    }

    /** A number of PPSs, when given: at least one, and not more than a programme could hold (a digit too many). */
    private static void checkPpsCount(Integer count) {
        if (count != null && count < 1) {
            throw new DomainException("programme.ppsCount.positive");
        }
        if (count != null && count > MOST_PPSS) {
            throw new DomainException("programme.ppsCount.tooMany", MOST_PPSS);
        }
    }

    private static Money positive(BigDecimal euros, String requiredKey, String positiveKey) {
        Money amount = amount(euros, requiredKey);
        if (!amount.isPositive()) {
            throw new DomainException(positiveKey);
        }
        return amount;
    }

    private static Money amount(BigDecimal euros, String requiredKey) {
        if (euros == null) {
            throw new DomainException(requiredKey);
        }
        return Money.ofEuros(euros);
    }
}

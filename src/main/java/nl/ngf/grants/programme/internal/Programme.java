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
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;

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

    protected Programme() {
    }

    /** Registers a conditional award, refusing anything that breaks a rule. */
    static Programme register(String title, Long organisationId, BigDecimal requested, BigDecimal conditional,
                              Integer plannedPpsCount, LocalDate revisionDeadline, List<String> conditionTexts,
                              String officer, Instant now, LocalDate today) {
        String cleanTitle = required(title, "programme.title.required");
        if (cleanTitle.length() > MAX_TITLE) {
            throw new DomainException("programme.title.tooLong", MAX_TITLE);
        }
        if (organisationId == null) {
            throw new DomainException("programme.organisation.required");
        }
        Money requestedAmount = amount(requested, "programme.requested.required");
        Money conditionalAmount = amount(conditional, "programme.conditional.required");
        if (!requestedAmount.isPositive()) {
            throw new DomainException("programme.requested.positive");
        }
        if (!conditionalAmount.isPositive()) {
            throw new DomainException("programme.conditional.positive");
        }
        if (conditionalAmount.isGreaterThan(requestedAmount)) {
            throw new DomainException("programme.conditional.aboveRequested");
        }
        if (plannedPpsCount != null && plannedPpsCount < 1) {
            throw new DomainException("programme.ppsCount.positive");
        }
        if (revisionDeadline == null) {
            throw new DomainException("programme.deadline.required");
        }
        if (!revisionDeadline.isAfter(today)) {
            throw new DomainException("programme.deadline.future");
        }
        List<String> texts = conditionTexts == null ? List.of()
                : conditionTexts.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        if (texts.isEmpty()) {
            throw new DomainException("programme.conditions.required");
        }
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
            if (texts.get(i).length() > MAX_TEXT) {
                throw new DomainException("programme.condition.tooLong", i + 1, MAX_TEXT);
            }
            programme.conditions.add(new AwardCondition(programme, i + 1, texts.get(i)));
        }
        return programme;
    }

    /** A new, immutable revision: every condition answered. Moves the programme into assessment. */
    Revision submitRevision(Map<Long, String> answers, String summary, Integer ppsCount, String applicant, Instant now) {
        requireStatus(ProgrammeStatus.AWAITING_REVISION);
        if (ppsCount != null && ppsCount < 1) {
            throw new DomainException("programme.ppsCount.positive");
        }
        String cleanSummary = summary == null || summary.isBlank() ? null : summary.strip();
        if (cleanSummary != null && cleanSummary.length() > MAX_LONG_TEXT) {
            throw new DomainException("revision.summary.tooLong", MAX_LONG_TEXT);
        }
        Revision revision = new Revision(this, revisions.size() + 1, cleanSummary, ppsCount, applicant, now);
        for (AwardCondition condition : conditions) {
            String answer = answers == null ? null : answers.get(condition.id);
            if (answer == null || answer.isBlank()) {
                throw new DomainException("revision.answer.required", condition.position);
            }
            if (answer.strip().length() > MAX_LONG_TEXT) {
                throw new DomainException("revision.answer.tooLong", condition.position, MAX_LONG_TEXT);
            }
            revision.answers.add(new ConditionAnswer(revision, condition, answer.strip()));
        }
        revisions.add(revision);
        status = ProgrammeStatus.IN_ASSESSMENT;
        return revision;
    }

    /** The committee's verdict on the latest revision. An award never exceeds the conditional amount. */
    Assessment assess(AssessmentOutcome outcome, BigDecimal awardedAmount, String reasoning, String assessor, Instant now) {
        requireStatus(ProgrammeStatus.IN_ASSESSMENT);
        if (outcome == null) {
            throw new DomainException("assessment.outcome.required");
        }
        String cleanReasoning = required(reasoning, "assessment.reasoning.required");
        if (cleanReasoning.length() > MAX_LONG_TEXT) {
            throw new DomainException("assessment.reasoning.tooLong", MAX_LONG_TEXT);
        }
        Money awarded = null;
        if (outcome == AssessmentOutcome.AWARD) {
            awarded = amount(awardedAmount, "assessment.amount.required");
            if (!awarded.isPositive()) {
                throw new DomainException("assessment.amount.positive");
            }
            if (awarded.isGreaterThan(conditional())) {
                throw new DomainException("assessment.amount.aboveConditional");
            }
        }
        Revision latest = revisions.get(revisions.size() - 1);
        Assessment assessment = new Assessment(this, latest, outcome, awarded, cleanReasoning, assessor, now);
        assessments.add(assessment);
        return assessment;
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

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainException(key);
        }
        return text.strip();
    }

    private static Money amount(BigDecimal euros, String requiredKey) {
        if (euros == null) {
            throw new DomainException(requiredKey);
        }
        return Money.ofEuros(euros);
    }
}

package nl.ngf.grants.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.DeadlineChoice;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The rules of the award lifecycle, without a container. */
class ProgrammeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static Programme register(String requested, String conditional, List<String> conditions) {
        return Programme.register("Opschaling van publiek-private samenwerkingen in het beroepsonderwijs", 1L,
                requested == null ? null : new BigDecimal(requested), conditional == null ? null : new BigDecimal(conditional),
                50, TODAY.plusWeeks(6), conditions, "adviseur", NOW, TODAY);
    }

    static Programme registered() {
        Programme programme = register("210000000.00", "210000000.00", List.of("Minder pps'en", "KPI's per pps"));
        long id = 100;
        for (AwardCondition condition : programme.conditions) {
            condition.id = id++;
        }
        return programme;
    }

    static Map<Long, String> answers(Programme programme) {
        Map<Long, String> answers = new HashMap<>();
        programme.conditions.forEach(c -> answers.put(c.id, "Antwoord op " + c.position));
        return answers;
    }

    static Map<Long, AssessmentDecision.Verdict> verdicts(Programme programme, boolean met) {
        Map<Long, AssessmentDecision.Verdict> verdicts = new HashMap<>();
        programme.conditions.forEach(c -> verdicts.put(c.id, new AssessmentDecision.Verdict(met, "Onderbouwing " + c.position)));
        return verdicts;
    }

    /** Submitted and found complete: ready for the committee. */
    static Programme inAssessment() {
        Programme programme = registered();
        programme.submitRevision(answers(programme), null, 15, List.of(), "aanvrager", NOW);
        programme.checkCompleteness(true, null, null, "adviseur", NOW, TODAY);
        return programme;
    }

    static Assessment assess(Programme programme, AssessmentOutcome outcome, String amount, boolean met) {
        return programme.assess(outcome, amount == null ? null : new BigDecimal(amount), "Motivering",
                verdicts(programme, met), 3, TODAY.plusWeeks(4), "commissie", NOW, TODAY);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aRegisteredAwardWaitsForTheRevisionWithItsConditionsInOrder() {
        Programme programme = registered();
        assertThat(programme.status).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
        assertThat(programme.conditionalCents).isEqualTo(21_000_000_000L);
        assertThat(programme.conditions).extracting(c -> c.position + ":" + c.text)
                .containsExactly("1:Minder pps'en", "2:KPI's per pps");
    }

    @Test
    void refusesAmountsThatAreNotPositive() {
        refused(() -> register("0", "0", List.of("x")), "programme.requested.positive");
        refused(() -> register("100", "-5", List.of("x")), "programme.conditional.positive");
    }

    @Test
    void refusesAConditionalAmountAboveTheRequestedAmount() {
        refused(() -> register("100.00", "100.01", List.of("x")), "programme.conditional.aboveRequested");
    }

    /** A zero too many is caught: no request is larger than the whole fund, and the fund's own size still goes. */
    @Test
    void refusesARequestAboveTheWholeFund() {
        refused(() -> register("20000000000.01", "210000000", List.of("x")), "programme.requested.aboveFund");
        refused(() -> register("210000000000", "210000000", List.of("x")), "programme.requested.aboveFund");
        assertThat(register("20000000000.00", "210000000", List.of("x")).requestedCents).isEqualTo(2_000_000_000_000L);
    }

    /** A digit too many in the number of PPSs is caught too, at registration and in a revision. */
    @Test
    void refusesMoreThanAThousandPpss() {
        refused(() -> Programme.register("T", 1L, BigDecimal.TEN, BigDecimal.ONE, 1001, TODAY.plusDays(1), List.of("x"), "a", NOW, TODAY),
                "programme.ppsCount.tooMany");
        assertThat(Programme.register("T", 1L, BigDecimal.TEN, BigDecimal.ONE, 1000, TODAY.plusDays(1), List.of("x"), "a", NOW, TODAY))
                .isNotNull();
        Programme programme = registered();
        refusedWithEach(() -> programme.submitRevision(Map.of(), null, 15000, List.of(), "aanvrager", NOW),
                "revision.answer.required", "revision.answer.required", "programme.ppsCount.tooMany");
    }

    /**
     * An award asks at most 50 conditions (each answered every round, judged in every assessment): one more is refused,
     * saying how many it has, with the rest of the form's refusals.
     */
    @Test
    void refusesMoreConditionsThanAnAwardAsks() {
        List<String> fifty = java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(i -> "Voorwaarde " + i).toList();
        assertThat(register("100", "100", fifty).conditions).hasSize(50).last().extracting(c -> c.text).isEqualTo("Voorwaarde 50");
        List<String> more = java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(i -> "Voorwaarde " + i).toList();
        assertThatThrownBy(() -> register("100", "100", more)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("programme.conditions.tooMany");
            assertThat(e.arguments()).containsExactly(50, 51);
        });
        refusedWithEach(() -> register(null, "100", more), "programme.requested.required", "programme.conditions.tooMany");
    }

    @Test
    void refusesFractionsOfACent() {
        refused(() -> register("100.001", "100", List.of("x")), "money.cents");
    }

    @Test
    void refusesMissingAmountsConditionsAndPastDeadlines() {
        refused(() -> register(null, "1", List.of("x")), "programme.requested.required");
        refused(() -> register("1", "1", List.of(" ", "")), "programme.conditions.required");
        refused(() -> Programme.register("T", 1L, BigDecimal.TEN, BigDecimal.ONE, null, TODAY, List.of("x"), "a", NOW, TODAY),
                "programme.deadline.future");
        refused(() -> Programme.register(" ", 1L, BigDecimal.TEN, BigDecimal.ONE, null, TODAY.plusDays(1), List.of("x"), "a", NOW, TODAY),
                "programme.title.required");
    }

    /**
     * A deadline more than a year away is a typing error (2207 for 2027), not a plan: refused, naming the latest day it
     * may be, at registration, with an incomplete revision and when a passed deadline is extended. A year to the day holds.
     */
    @Test
    void aRevisionDeadlineLiesWithinAYear() {
        assertThatThrownBy(() -> Programme.register("T", 1L, BigDecimal.TEN, BigDecimal.ONE, null, LocalDate.of(2207, 1, 3), List.of("x"),
                "a", NOW, TODAY)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("programme.deadline.withinAYear");
                    assertThat(e.arguments()).containsExactly(TODAY.plusYears(1));
                });
        assertThat(Programme.register("T", 1L, BigDecimal.TEN, BigDecimal.ONE, null, TODAY.plusYears(1), List.of("x"), "a", NOW, TODAY)
                .revisionDeadline).isEqualTo(TODAY.plusYears(1));

        Programme programme = registered();
        programme.submitRevision(answers(programme), null, 15, List.of(), "aanvrager", NOW);
        refused(() -> programme.checkCompleteness(false, "Begroting ontbreekt", TODAY.plusYears(2), "adviseur", NOW, TODAY),
                "programme.deadline.withinAYear");
        assertThat(programme.completenessChecks).isEmpty();
    }

    /** Each rule of each field: the officer is told all that is wrong with the registration at once, in the form's order. */
    @Test
    void aRegistrationWithSeveralFieldsWrongIsRefusedWithEachOfThem() {
        refusedWithEach(() -> Programme.register(" ", null, new BigDecimal("-1"), new BigDecimal("1.001"), 0, TODAY,
                        List.of("x".repeat(Programme.MAX_TEXT + 1)), "a", NOW, TODAY),
                "programme.title.required", "programme.organisation.required", "programme.requested.positive", "money.cents",
                "programme.ppsCount.positive", "programme.deadline.future", "programme.condition.tooLong");
        // Two amounts that each hold are compared; one that does not is not compared as well.
        refusedWithEach(() -> Programme.register("T", 1L, BigDecimal.ONE, BigDecimal.TEN, null, null, List.of(), "a", NOW, TODAY),
                "programme.conditional.aboveRequested", "programme.deadline.required", "programme.conditions.required");
    }

    @Test
    void aRevisionIsToldEveryConditionLeftOpen() {
        Programme programme = registered();
        refusedWithEach(() -> programme.submitRevision(Map.of(), null, 0, List.of(), "aanvrager", NOW),
                "revision.answer.required", "revision.answer.required", "programme.ppsCount.positive");
        assertThat(programme.revisions).isEmpty();
    }

    @Test
    void theCommitteeIsToldEveryVerdictMissingAndTheOutcomeAndReasoningAtOnce() {
        Programme programme = inAssessment();
        refusedWithEach(() -> programme.assess(null, null, " ", Map.of(), 3, null, "c", NOW, TODAY),
                "assessment.verdict.required", "assessment.verdict.required", "assessment.outcome.required", "assessment.reasoning.required");
        assertThat(programme.assessments).isEmpty();
        assertThat(programme.status).isEqualTo(ProgrammeStatus.IN_ASSESSMENT);
    }

    private static void refusedWithEach(Runnable action, String... keys) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.refusals()).extracting(DomainException::messageKey).containsExactly(keys));
    }

    @Test
    void aRevisionMustAnswerEveryCondition() {
        Programme programme = registered();
        Map<Long, String> answers = answers(programme);
        answers.put(101L, "  ");

        refused(() -> programme.submitRevision(answers, null, 15, List.of(), "aanvrager", NOW), "revision.answer.required");
        assertThat(programme.revisions).isEmpty();
        assertThat(programme.status).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
    }

    @Test
    void aSubmittedRevisionIsRoundOneAndGoesToTheCompletenessCheck() {
        Programme programme = registered();
        Revision revision = programme.submitRevision(answers(programme), "15 in plaats van 50 pps'en", 15, List.of(), "aanvrager", NOW);

        assertThat(revision.round).isEqualTo(1);
        assertThat(revision.answers).hasSize(2);
        assertThat(programme.status).isEqualTo(ProgrammeStatus.COMPLETENESS_CHECK);
        refused(() -> programme.submitRevision(answers(programme), null, 15, List.of(), "aanvrager", NOW), "programme.status.unexpected");
    }

    @Test
    void anIncompleteRevisionGoesBackWithRemarksAndANewDeadlineAndTheNextSubmissionIsANewRound() {
        Programme programme = registered();
        programme.submitRevision(answers(programme), null, 15, List.of(), "aanvrager", NOW);

        refused(() -> programme.checkCompleteness(false, " ", TODAY.plusWeeks(2), "adviseur", NOW, TODAY), "completeness.remarks.required");
        refused(() -> programme.checkCompleteness(false, "Begroting ontbreekt", TODAY, "adviseur", NOW, TODAY), "programme.deadline.future");
        refused(() -> programme.checkCompleteness(null, null, null, "adviseur", NOW, TODAY), "completeness.decision.required");
        assertThat(programme.completenessChecks).isEmpty();

        programme.checkCompleteness(false, "Begroting ontbreekt", TODAY.plusWeeks(2), "adviseur", NOW, TODAY);
        assertThat(programme.status).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
        assertThat(programme.revisionDeadline).isEqualTo(TODAY.plusWeeks(2));

        Revision second = programme.submitRevision(answers(programme), "Met begroting", 15, List.of(), "aanvrager", NOW);
        assertThat(second.round).isEqualTo(2);
        assertThat(programme.revisions).hasSize(2);
        assertThat(programme.revisions.get(0).summary).as("the first round stays as it was").isNull();
    }

    @Test
    void theDefinitiveAmountIsNeverAboveTheConditionalAmount() {
        Programme programme = inAssessment();

        refused(() -> assess(programme, AssessmentOutcome.AWARD, "210000000.01", true), "assessment.amount.aboveConditional");
        refused(() -> assess(programme, AssessmentOutcome.AWARD, "0", true), "assessment.amount.positive");
        refused(() -> assess(programme, AssessmentOutcome.AWARD, "1.234", true), "money.cents");
        refused(() -> programme.assess(AssessmentOutcome.AWARD, BigDecimal.TEN, " ", verdicts(programme, true), 3, null, "c", NOW, TODAY),
                "assessment.reasoning.required");
        refused(() -> assess(programme, null, "10", true), "assessment.outcome.required");
        assertThat(programme.assessments).isEmpty();
    }

    @Test
    void everyConditionGetsAVerdictAndAnAwardNeedsThemAllMet() {
        Programme programme = inAssessment();
        Map<Long, AssessmentDecision.Verdict> missing = verdicts(programme, true);
        missing.remove(101L);

        refused(() -> programme.assess(AssessmentOutcome.REJECT, null, "Nee", missing, 3, null, "c", NOW, TODAY),
                "assessment.verdict.required");
        refused(() -> assess(programme, AssessmentOutcome.AWARD, "100", false), "assessment.award.conditionsNotMet");
        assertThat(programme.assessments).isEmpty();
    }

    @Test
    void anAwardFixesTheAwardedAmountAndKeepsTheVerdicts() {
        Programme programme = inAssessment();
        Assessment assessment = assess(programme, AssessmentOutcome.AWARD, "210000000.00", true);
        programme.markAwarded();

        assertThat(programme.status).isEqualTo(ProgrammeStatus.AWARDED);
        assertThat(programme.awardedCents).isEqualTo(21_000_000_000L);
        assertThat(assessment.verdicts).extracting(v -> v.condition.position + ":" + v.met).containsExactly("1:true", "2:true");
    }

    @Test
    void aRejectionAwardsNothing() {
        Programme programme = inAssessment();
        Assessment assessment = assess(programme, AssessmentOutcome.REJECT, "5.00", false);
        programme.markRejected();

        assertThat(assessment.awardedCents).isNull();
        assertThat(programme.status).isEqualTo(ProgrammeStatus.REJECTED);
        assertThat(programme.awardedCents).isNull();
    }

    @Test
    void anotherRoundIsPossibleOnlyBelowTheConfiguredNumberOfRounds() {
        Programme programme = inAssessment();
        for (int round = 1; round <= 2; round++) {
            assess(programme, AssessmentOutcome.REVISE_AGAIN, null, false);
            assertThat(programme.status).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
            assertThat(programme.revisionDeadline).isEqualTo(TODAY.plusWeeks(4));
            programme.submitRevision(answers(programme), "Ronde " + (round + 1), 15, List.of(), "aanvrager", NOW);
            programme.checkCompleteness(true, null, null, "adviseur", NOW, TODAY);
        }

        refused(() -> assess(programme, AssessmentOutcome.REVISE_AGAIN, null, false), "assessment.reviseAgain.limit");
        assertThat(programme.assessments).hasSize(2);
        assess(programme, AssessmentOutcome.REJECT, null, false);
        assertThat(programme.assessments).hasSize(3);
    }

    @Test
    void aPassedDeadlineIsExtendedToAFutureDateOrTheAwardIsWithdrawnWithAReason() {
        Programme extended = registered();
        extended.recordReminder(NOW);
        extended.recordDeadlinePassed(NOW);
        assertThat(extended.status).isEqualTo(ProgrammeStatus.DEADLINE_PASSED);
        refused(() -> extended.decideOnExpiredDeadline(DeadlineChoice.EXTEND, TODAY.minusDays(1), null, "adviseur", NOW, TODAY),
                "programme.deadline.future");
        refused(() -> extended.decideOnExpiredDeadline(DeadlineChoice.EXTEND, TODAY.plusYears(1).plusDays(1), null, "adviseur", NOW, TODAY),
                "programme.deadline.withinAYear");
        assertThat(extended.status).as("refused: nothing changed").isEqualTo(ProgrammeStatus.DEADLINE_PASSED);
        extended.decideOnExpiredDeadline(DeadlineChoice.EXTEND, TODAY.plusWeeks(3), null, "adviseur", NOW, TODAY);
        assertThat(extended.status).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
        assertThat(extended.revisionDeadline).isEqualTo(TODAY.plusWeeks(3));
        assertThat(extended.events).extracting(e -> e.kind).containsExactly("REMINDER_SENT", "DEADLINE_PASSED");

        Programme withdrawn = registered();
        withdrawn.recordDeadlinePassed(NOW);
        refused(() -> withdrawn.decideOnExpiredDeadline(DeadlineChoice.WITHDRAW, null, " ", "adviseur", NOW, TODAY),
                "deadline.reason.required");
        withdrawn.decideOnExpiredDeadline(DeadlineChoice.WITHDRAW, null, "Geen reactie", "adviseur", NOW, TODAY);
        withdrawn.markWithdrawn();
        assertThat(withdrawn.status).isEqualTo(ProgrammeStatus.WITHDRAWN);
    }
}

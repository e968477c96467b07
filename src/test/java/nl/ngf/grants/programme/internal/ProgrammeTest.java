package nl.ngf.grants.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.programme.AssessmentOutcome;
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

    @Test
    void aRevisionMustAnswerEveryCondition() {
        Programme programme = registered();
        Map<Long, String> answers = answers(programme);
        answers.put(101L, "  ");

        refused(() -> programme.submitRevision(answers, null, 15, "aanvrager", NOW), "revision.answer.required");
        assertThat(programme.revisions).isEmpty();
        assertThat(programme.status).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
    }

    @Test
    void aSubmittedRevisionIsRoundOneAndMovesTheProgrammeIntoAssessment() {
        Programme programme = registered();
        Revision revision = programme.submitRevision(answers(programme), "15 in plaats van 50 pps'en", 15, "aanvrager", NOW);

        assertThat(revision.round).isEqualTo(1);
        assertThat(revision.answers).hasSize(2);
        assertThat(programme.status).isEqualTo(ProgrammeStatus.IN_ASSESSMENT);
        refused(() -> programme.submitRevision(answers(programme), null, 15, "aanvrager", NOW), "programme.status.unexpected");
    }

    @Test
    void theDefinitiveAmountIsNeverAboveTheConditionalAmount() {
        Programme programme = registered();
        programme.submitRevision(answers(programme), null, 15, "aanvrager", NOW);

        refused(() -> programme.assess(AssessmentOutcome.AWARD, new BigDecimal("210000000.01"), "ok", "commissie", NOW),
                "assessment.amount.aboveConditional");
        refused(() -> programme.assess(AssessmentOutcome.AWARD, BigDecimal.ZERO, "ok", "commissie", NOW),
                "assessment.amount.positive");
        refused(() -> programme.assess(AssessmentOutcome.AWARD, new BigDecimal("1.234"), "ok", "commissie", NOW),
                "money.cents");
        refused(() -> programme.assess(AssessmentOutcome.AWARD, BigDecimal.TEN, " ", "commissie", NOW),
                "assessment.reasoning.required");
        refused(() -> programme.assess(null, BigDecimal.TEN, "ok", "commissie", NOW), "assessment.outcome.required");
        assertThat(programme.assessments).isEmpty();
    }

    @Test
    void anAwardFixesTheAwardedAmount() {
        Programme programme = registered();
        programme.submitRevision(answers(programme), null, 15, "aanvrager", NOW);
        programme.assess(AssessmentOutcome.AWARD, new BigDecimal("210000000.00"), "Voorwaarden vervuld", "commissie", NOW);
        programme.markAwarded();

        assertThat(programme.status).isEqualTo(ProgrammeStatus.AWARDED);
        assertThat(programme.awardedCents).isEqualTo(21_000_000_000L);
    }

    @Test
    void aRejectionAwardsNothing() {
        Programme programme = registered();
        programme.submitRevision(answers(programme), null, 15, "aanvrager", NOW);
        Assessment assessment = programme.assess(AssessmentOutcome.REJECT, new BigDecimal("5.00"), "Onvoldoende", "commissie", NOW);
        programme.markRejected();

        assertThat(assessment.awardedCents).isNull();
        assertThat(programme.status).isEqualTo(ProgrammeStatus.REJECTED);
        assertThat(programme.awardedCents).isNull();
    }
}

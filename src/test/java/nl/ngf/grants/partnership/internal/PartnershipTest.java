package nl.ngf.grants.partnership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipRegistration.Figures;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.api.Test;

/** The rules on a new PPS: every field there, targets never below baselines, a percentage between 0 and 100. */
class PartnershipTest {

    static final Kpis BASELINE = new Kpis(120, new BigDecimal("5.00"), 900, 40, Money.ofEuros(250_000));
    static final Kpis TARGET = new Kpis(360, new BigDecimal("20.00"), 1800, 80, Money.ofEuros(750_000));
    static final Figures EMPTY = new Figures(null, null, null, null, null);

    static Partnership register(Kpis baseline, Kpis target) {
        return register(Figures.of(baseline), Figures.of(target));
    }

    static Partnership register(Figures baseline, Figures target) {
        return Partnership.register(1L, 2L, true, "PPS Techniek Noord", false, "Groningen", "Techniek", "Noorderpoort",
                baseline, target, "adviseur", Instant.parse("2026-11-27T10:00:00Z"));
    }

    private static void refused(Kpis baseline, Kpis target, String key) {
        assertThatThrownBy(() -> register(baseline, target))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly(key));
    }

    @Test
    void keepsBaselineAndTargetAsEntered() {
        Partnership pps = register(BASELINE, TARGET);
        assertThat(pps.baseline()).isEqualTo(BASELINE);
        assertThat(pps.target()).isEqualTo(TARGET);
        assertThat(pps.name).isEqualTo("PPS Techniek Noord");
        assertThat(pps.organisationId).isEqualTo(2L);
    }

    private static Partnership named(String name) {
        return Partnership.register(1L, 2L, true, name, false, "Groningen", "Techniek", "Noorderpoort", Figures.of(BASELINE),
                Figures.of(TARGET), "adviseur", Instant.parse("2026-11-27T10:00:00Z"));
    }

    /**
     * Names that look the same on the screen are the same name, so that a programme's second PPS of it is refused: a
     * non-breaking space pasted from a document, two spaces typed, an accent typed as a letter of its own, a zero-width
     * space, a ligature each let a PPS in whose name the list showed twice.
     */
    @Test
    void namesThatLookTheSameAreComparedAsTheSameName() {
        String key = Partnership.nameKey("PPS Café Techniek");
        assertThat(Partnership.nameKey("PPS\u00A0Café  Techniek")).isEqualTo(key);
        assertThat(Partnership.nameKey("pps cafe\u0301 techniek")).isEqualTo(key);
        assertThat(Partnership.nameKey(" PPS Caf\u00E9\u200B Techniek\t")).isEqualTo(key);
        assertThat(Partnership.nameKey("PPS Caf\u00E9 Techniek")).isEqualTo(key);
        assertThat(Partnership.nameKey("PPS Zorg \uFB01ets")).isEqualTo(Partnership.nameKey("PPS Zorg Fiets"));
        assertThat(Partnership.nameKey("PPS Café Techniek Noord")).isNotEqualTo(key);
        assertThat(Partnership.nameKey("PPS Cafe Techniek")).as("an accent is no look-alike").isNotEqualTo(key);
        // One letter for one: a capital dotted I is no two letters in lower case, so a key is never longer than its name.
        assertThat(Partnership.nameKey("\u0130\u0130")).isEqualTo("ii");
    }

    @Test
    void aNameIsKeptAsTypedButForItsSpacesAndItsComposedForm() {
        assertThat(named("  PPS\u00A0Zorg   Twente\t").name).isEqualTo("PPS Zorg Twente");
        assertThat(named("PPS Cafe\u0301").name).isEqualTo("PPS Caf\u00E9");
        // Two hundred ligatures are two hundred characters typed, but four hundred letters compared: refused, not a database error.
        assertThatThrownBy(() -> named("\uFB01".repeat(200)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly("partnership.text.tooLong"));
        assertThatThrownBy(() -> named("\u200B\u00A0\u200B")).as("nothing to see is no name")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly("partnership.name.required"));
    }

    @Test
    void refusesTargetsBelowTheBaseline() {
        refused(BASELINE, new Kpis(100, TARGET.smeReachPercent(), 1800, 80, TARGET.cofinancing()), "partnership.companies.belowBaseline");
        refused(BASELINE, new Kpis(360, new BigDecimal("4.99"), 1800, 80, TARGET.cofinancing()), "partnership.smeReach.belowBaseline");
        refused(BASELINE, new Kpis(360, TARGET.smeReachPercent(), 1800, 80, Money.ofEuros(1)), "partnership.cofinancing.belowBaseline");
        refused(new Kpis(-1, BASELINE.smeReachPercent(), 900, 40, BASELINE.cofinancing()), TARGET, "partnership.companies.negative");
        refused(new Kpis(120, BASELINE.smeReachPercent(), 900, 40, Money.ofCents(-1)), TARGET, "partnership.cofinancing.negative");
    }

    @Test
    void aFigureWithZerosTooManyIsRefusedWhereAReportCouldNeverReachIt() {
        refused(new Kpis(10_000_001, BASELINE.smeReachPercent(), 900, 40, BASELINE.cofinancing()), TARGET,
                "partnership.companies.baselineTooLarge");
        refused(BASELINE, new Kpis(360, TARGET.smeReachPercent(), 10_000_001, 80, TARGET.cofinancing()),
                "partnership.students.targetTooLarge");
        refused(BASELINE, new Kpis(360, TARGET.smeReachPercent(), 1800, 10_000_001, TARGET.cofinancing()),
                "partnership.teachers.targetTooLarge");
        refused(BASELINE, new Kpis(360, TARGET.smeReachPercent(), 1800, 80, Money.ofCents(100_000_000_001L)),
                "partnership.cofinancing.targetTooLarge");
        refused(new Kpis(120, BASELINE.smeReachPercent(), 900, 40, Money.ofCents(100_000_000_001L)), TARGET,
                "partnership.cofinancing.baselineTooLarge");

        Kpis most = new Kpis(10_000_000, new BigDecimal("100.00"), 10_000_000, 10_000_000, Money.ofEuros(1_000_000_000));
        assertThat(register(most, most).target()).isEqualTo(most);
    }

    @Test
    void aShareOfTheRegionsSmesIsAPercentageWithAtMostTwoDecimals() {
        refused(BASELINE, new Kpis(360, new BigDecimal("100.01"), 1800, 80, TARGET.cofinancing()), "partnership.smeReach.targetPercent");
        refused(BASELINE, new Kpis(360, new BigDecimal("20.005"), 1800, 80, TARGET.cofinancing()), "partnership.smeReach.targetDecimals");
        refused(new Kpis(120, new BigDecimal("-0.01"), 900, 40, BASELINE.cofinancing()), TARGET, "partnership.smeReach.baselinePercent");
    }

    @Test
    void aFormLeftEmptyIsToldEveryFieldItLacksInTheFormsOrder() {
        assertThatThrownBy(() -> Partnership.register(1L, null, false, " ", false, null, "", null, EMPTY, null, "adviseur", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly("partnership.organisation.required", "partnership.name.required", "partnership.region.required",
                                "partnership.sector.required", "partnership.leadInstitution.required",
                                "partnership.companies.baselineRequired", "partnership.companies.targetRequired",
                                "partnership.smeReach.baselineRequired", "partnership.smeReach.targetRequired",
                                "partnership.students.baselineRequired", "partnership.students.targetRequired",
                                "partnership.teachers.baselineRequired", "partnership.teachers.targetRequired",
                                "partnership.cofinancing.baselineRequired", "partnership.cofinancing.targetRequired"));
    }

    @Test
    void aRefusedCorrectionChangesNothing() {
        Partnership pps = register(BASELINE, TARGET);
        assertThatThrownBy(() -> pps.describe(3L, true, "PPS Techniek en ICT Noord", false, "Groningen", "", "Noorderpoort",
                new Figures(130, BASELINE.smeReachPercent(), 900, 40, BASELINE.cofinancing()), Figures.of(TARGET)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.sector.required"));
        assertThat(pps.details()).containsEntry("name", "PPS Techniek Noord").containsEntry("organisation", "2")
                .containsEntry("baseline", "companies 120, smeReachPercent 5.00, students 900, teachers 40, cofinancingCents 25000000");

        pps.describe(3L, true, "PPS Techniek en ICT Noord", false, "Groningen", "Techniek", "Noorderpoort",
                new Figures(130, BASELINE.smeReachPercent(), 900, 40, BASELINE.cofinancing()), Figures.of(TARGET));
        assertThat(pps.details()).containsEntry("name", "PPS Techniek en ICT Noord").containsEntry("organisation", "3")
                .containsEntry("baseline", "companies 130, smeReachPercent 5.00, students 900, teachers 40, cofinancingCents 25000000");
    }

    @Test
    void aNameTheProgrammeHasAndAnUnknownOrganisationAreRefusedBesideTheOtherRules() {
        assertThatThrownBy(() -> Partnership.register(1L, 99L, false, "PPS Techniek Noord", true, "Groningen", "Techniek", "Noorderpoort",
                Figures.of(BASELINE), new Figures(100, TARGET.smeReachPercent(), 1800, 80, TARGET.cofinancing()), "adviseur", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly("partnership.organisation.required", "partnership.name.taken", "partnership.companies.belowBaseline"));
    }
}

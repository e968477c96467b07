package nl.ngf.grants.history.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import nl.ngf.grants.history.Timeline;
import nl.ngf.grants.web.Language;
import nl.ngf.grants.web.Messages;
import org.junit.jupiter.api.Test;

/** The diagram's names: a long Dutch word breaks where the language lets it, and only in the diagram. */
class ModelLabelsTest {

    @Test
    void aLongWordOfTheDiagramMayBreakWhereTheLanguageLetsIt() {
        ResourceBundle dutch = ResourceBundle.getBundle(Messages.BUNDLE, Language.DUTCH);
        assertThat(ModelLabels.diagramName(dutch, "trancheRelease", "submitProgressReport")).isEqualTo("Voortgangs\u00ADrapportage indienen");
        assertThat(ModelLabels.diagramName(dutch, "trancheRelease", "approveRelease")).isEqualTo("Vrijgave goedkeuren (tweede subsidie\u00ADadviseur)");
        assertThat(ModelLabels.diagramName(dutch, "changeRequest", "decideOnChangeRequest")).isEqualTo("Besluiten over wijzigings\u00ADverzoek");
        assertThat(ModelLabels.diagramName(dutch, "trancheRelease", "releaseDecisionGateway")).isEqualTo("Besluit?");
        assertThat(ModelLabels.diagramName(dutch, "trancheRelease", "noSuchElement")).isNull();
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Language.ENGLISH);
        assertThat(ModelLabels.diagramName(english, "trancheRelease", "submitProgressReport")).isEqualTo(english.getString("task.submitProgressReport"))
                .doesNotContain("\u00AD");
    }

    @Test
    void everyPlaceAWordMayBreakIsMarkedAndNothingElseChanges() {
        String breaks = "Voortgangs-rapportage wijzigings-verzoek";
        assertThat(ModelLabels.withWordBreaks("Voortgangsrapportage verifiëren", breaks)).isEqualTo("Voortgangs\u00ADrapportage verifiëren");
        assertThat(ModelLabels.withWordBreaks("Besluiten over wijzigingsverzoek", breaks)).isEqualTo("Besluiten over wijzigings\u00ADverzoek");
        assertThat(ModelLabels.withWordBreaks("Tranche uitbetalen", breaks)).isEqualTo("Tranche uitbetalen");
        assertThat(ModelLabels.withWordBreaks("Voortgangsrapportage indienen", "")).isEqualTo("Voortgangsrapportage indienen");
    }

    @Test
    void aMomentIsNamedByItsCaseInTheReadersLanguageAndFoundByItInEither() {
        ResourceBundle dutch = ResourceBundle.getBundle(Messages.BUNDLE, Language.DUTCH);
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Language.ENGLISH);
        Timeline.Moment change = new Timeline.Moment(java.time.Instant.EPOCH, Timeline.Source.AUDIT, "changeRequest",
                "1082 (tranche 2), PPS Zorg", "changeRequest.submitted", "aanvrager", "changeRequest 1082", "changeRequest", "", 58L);
        assertThat(ModelLabels.caseOf(dutch, change)).isEqualTo("Wijzigingsverzoek 1082 (tranche 2), PPS Zorg");
        assertThat(ModelLabels.caseOf(english, change)).isEqualTo("Change request 1082 (tranche 2), PPS Zorg");
        assertThat(new ModelLabels().caseFilter(change)).contains("Wijzigingsverzoek 1082 (tranche 2), PPS Zorg")
                .contains("Change request 1082 (tranche 2), PPS Zorg");
        Timeline.Moment ofPps = new Timeline.Moment(java.time.Instant.EPOCH, Timeline.Source.AUDIT, null, "PPS Zorg's Werkplaats",
                "partnership.registered", "adviseur", "partnership 7", "partnership", "", 3L);
        assertThat(ModelLabels.caseOf(dutch, ofPps)).as("a file by its name, an apostrophe and all").isEqualTo("PPS Zorg's Werkplaats");
        Timeline.Moment none = new Timeline.Moment(java.time.Instant.EPOCH, Timeline.Source.AUDIT, null, null,
                "partnership.removed", "adviseur", "partnership 8", "partnership", "", 4L);
        assertThat(ModelLabels.caseOf(english, none)).isEmpty();
    }
}

package nl.ngf.grants.history.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.ngf.grants.history.Timeline;
import nl.ngf.grants.workflow.CasePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseTimelineTest {

    @ParameterizedTest(name = "\"{0}\" downloads as {1}")
    @CsvSource(delimiter = '|', value = {
            "NGF-2026-007|verloop-NGF-2026-007",
            "PPS Slimme Zorg Zwolle|verloop-PPS-Slimme-Zorg-Zwolle",
            "PPS Zorg & Welzijn (Friesland)|verloop-PPS-Zorg-Welzijn-Friesland",
            "Praktijkleren Energietransitie – Zeeuwse Delta|verloop-Praktijkleren-Energietransitie-Zeeuwse-Delta",
            "Coöperatie Eindhoven/Helmond|verloop-Cooperatie-Eindhoven-Helmond",
            "<script>|verloop-script",
            "–|verloop"})
    void aDownloadIsNamedAfterWhatItIsAboutInPlainLetters(String subject, String name) {
        assertThat(CaseTimeline.exportName(subject)).isEqualTo(name);
    }

    private static Timeline.CaseDiagram tranche(int sequence, boolean running) {
        Instant started = Instant.parse("2026-01-01T09:00:00Z").plusSeconds(86_400L * 30 * sequence);
        return new Timeline.CaseDiagram("case-" + sequence, "trancheRelease", String.valueOf(sequence), started,
                running ? null : started.plusSeconds(86_400L * 20), running ? "ACTIVE" : "COMPLETED",
                new CasePath("<definitions/>", List.of(), List.of(), List.of(), java.util.Map.of()), null);
    }

    @Test
    void aFileOfAFewCasesShowsThemAllOpen() {
        List<Timeline.CaseDiagram> cases = List.of(tranche(1, false), tranche(2, false), tranche(3, false));
        assertThat(cases).allMatch(c -> CaseTimeline.openAtFirst(cases, c));
    }

    @Test
    void aFileOfManyCasesShowsOpenThoseStillRunningAndTheOneStartedLast() {
        // A PPS's tranches are listed by number, its change requests after them: the one started last may be any.
        List<Timeline.CaseDiagram> cases = List.of(tranche(1, false), tranche(2, true), tranche(3, false), tranche(5, false),
                tranche(4, false));
        assertThat(cases).filteredOn(c -> CaseTimeline.openAtFirst(cases, c)).extracting(Timeline.CaseDiagram::caseRef)
                .containsExactly("2", "5");
    }
}

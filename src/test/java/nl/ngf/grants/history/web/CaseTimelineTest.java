package nl.ngf.grants.history.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}

package nl.ngf.grants.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How many PPSs a programme's plan scales: the seed's 50 planned became 15 in the revised plan. */
class ProgrammeDetailsTest {

    private static ProgrammeDetails.Revision round(int round, Integer ppsCount) {
        return new ProgrammeDetails.Revision(round, "Herzien plan", ppsCount, "aanvrager", Instant.parse("2026-11-27T10:00:00Z"),
                List.of(), List.of());
    }

    private static ProgrammeDetails programme(Integer planned, List<ProgrammeDetails.Revision> revisions) {
        return new ProgrammeDetails(null, 1L, planned, "adviseur", Instant.parse("2026-11-01T10:00:00Z"), List.of(), revisions,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theLatestRevisionThatSaysHowManyCounts() {
        assertThat(programme(50, List.of()).currentPpsCount()).as("as registered, before any revision").isEqualTo(50);
        assertThat(programme(50, List.of(round(1, 15))).currentPpsCount()).isEqualTo(15);
        assertThat(programme(50, List.of(round(1, 15), round(2, null))).currentPpsCount())
                .as("a later round that leaves the number out keeps the one before").isEqualTo(15);
        assertThat(programme(null, List.of()).currentPpsCount()).isNull();
    }
}

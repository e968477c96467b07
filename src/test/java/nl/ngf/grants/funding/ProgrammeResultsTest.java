package nl.ngf.grants.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.api.Test;

/** A programme's results as its page adds them up from its PPSs. */
class ProgrammeResultsTest {

    static Kpis kpis(int companies, String reach, int students, int teachers, long cofinancing) {
        return new Kpis(companies, new BigDecimal(reach), students, teachers, Money.ofEuros(cofinancing));
    }

    static final ProgrammeResults.Line AMSTERDAM = new ProgrammeResults.Line(1, "PPS Amsterdam", "Amsterdam",
            kpis(30, "5.00", 600, 30, 200_000), kpis(60, "8.50", 900, 50, 400_000), Instant.EPOCH, kpis(90, "15.00", 1_200, 60, 600_000));
    static final ProgrammeResults.Line ZWOLLE = new ProgrammeResults.Line(2, "PPS Zwolle", "IJsselland",
            kpis(20, "4.50", 500, 25, 150_000), null, null, kpis(75, "15.00", 1_100, 55, 500_000));

    @Test
    void countsAndAmountsAddUpAndTheSmeReachIsTheMeanOfThePpss() {
        ProgrammeResults results = new ProgrammeResults(List.of(AMSTERDAM, ZWOLLE));

        assertThat(results.baseline()).isEqualTo(kpis(50, "4.75", 1_100, 55, 350_000));
        assertThat(results.target()).isEqualTo(kpis(165, "15.00", 2_300, 115, 1_100_000));
        assertThat(results.now()).as("Zwolle has not reported: it counts at its baseline")
                .isEqualTo(kpis(80, "6.50", 1_400, 75, 550_000));
        assertThat(results.reported()).isEqualTo(1);
    }

    @Test
    void totalsOfManyLargePpssAreAddedUpWithoutOverflowing() {
        // 300 PPSs each at the most a count can be (ten million): together three billion, more than an int holds.
        Kpis most = kpis(10_000_000, "20.00", 10_000_000, 10_000_000, 1_000_000_000);
        List<ProgrammeResults.Line> lines = java.util.stream.LongStream.rangeClosed(1, 300)
                .mapToObj(id -> new ProgrammeResults.Line(id, "PPS " + id, "Regio", most, null, null, most)).toList();

        Kpis target = new ProgrammeResults(lines).target();
        assertThat(target.companies()).isEqualTo(3_000_000_000L);
        assertThat(target.students()).isEqualTo(3_000_000_000L);
        assertThat(target.teachers()).isEqualTo(3_000_000_000L);
        assertThat(target.cofinancing()).isEqualTo(Money.ofEuros(300_000_000_000L));
    }

    @Test
    void aProgrammeWithoutPpssHasNoTotals() {
        ProgrammeResults none = new ProgrammeResults(List.of());
        assertThat(none.now()).isNull();
        assertThat(none.reported()).isZero();
    }
}

package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ngf.grants.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Which refusals a field names as its own: it is marked beside the message when one of them is told. */
class RefusedFieldsTest {

    @Test
    void aFieldNamesItsRefusalsByTheStartOfTheirKeys() {
        assertThat(Messages.isAbout("report.companies", List.of(), new DomainException("report.companies.range"))).isTrue();
        assertThat(Messages.isAbout("report.companies", List.of(), new DomainException("report.companies.required"))).isTrue();
        assertThat(Messages.isAbout("report.companies", List.of(), new DomainException("report.students.range"))).isFalse();
    }

    @Test
    void oneOfSeveralAlikeFieldsNamesTheRefusalsAboutItsOwnNumber() {
        DomainException second = new DomainException("revision.answer.required", 2);
        List<Long> conditionTwo = List.of(2L);
        assertThat(Messages.isAbout("revision.answer", conditionTwo, second)).isTrue();
        assertThat(Messages.isAbout("revision.answer", List.of(1L), second)).isFalse();
        assertThat(Messages.isAbout("revision.answer", conditionTwo, new DomainException("revision.answer.tooLong", 2, 8000))).isTrue();
        assertThat(Messages.isAbout("revision.answer", conditionTwo, new DomainException("revision.summary.tooLong", 2))).isFalse();
        assertThat(Messages.isAbout("revision.answer", conditionTwo, new DomainException("revision.answer.required")))
                .as("a refusal naming no number").isFalse();
    }

    @Test
    void aTrancheFieldNamesItsPpsAndItsNumber() {
        List<Object> secondOfZorg = List.of("PPS Zorg Noord", 2L);
        DomainException dateOfSecond = new DomainException("allocation.tranche.dateOrder", "PPS Zorg Noord", 2);
        assertThat(Messages.isAbout("allocation.tranche.dateOrder", secondOfZorg, dateOfSecond)).isTrue();
        assertThat(Messages.isAbout("allocation.tranche.dateOrder", List.of("PPS Zorg Noord", 1L), dateOfSecond))
                .as("the first tranche of the same PPS").isFalse();
        assertThat(Messages.isAbout("allocation.tranche.dateOrder", List.of("PPS Techniek Zuid", 2L), dateOfSecond))
                .as("the second tranche of another PPS").isFalse();
        assertThat(Messages.isAbout("allocation.tranches", List.of("PPS Zorg Noord"), new DomainException("allocation.tranches.sum", "PPS Zorg Noord")))
                .as("the PPS's own amount, which its tranches do not add up to").isTrue();
        assertThat(Messages.isAbout("allocation.tranche.milestone", secondOfZorg,
                new DomainException("allocation.tranche.milestone.tooLong", "PPS Zorg Noord", 2, 1000))).isTrue();
    }
}

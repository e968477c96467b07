package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ngf.grants.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Which refusals a field names as its own: it is marked beside the message when one of them is told. */
class RefusedFieldsTest {

    @Test
    void aFieldNamesItsRefusalsByTheStartOfTheirKeys() {
        assertThat(Messages.isAbout("report.companies", new DomainException("report.companies.range"))).isTrue();
        assertThat(Messages.isAbout("report.companies", new DomainException("report.companies.required"))).isTrue();
        assertThat(Messages.isAbout("report.companies", new DomainException("report.students.range"))).isFalse();
    }

    @Test
    void oneOfSeveralAlikeFieldsNamesTheRefusalsAboutItsOwnNumber() {
        DomainException second = new DomainException("revision.answer.required", 2);
        assertThat(Messages.isAbout("revision.answer@2", second)).isTrue();
        assertThat(Messages.isAbout("revision.answer@1", second)).isFalse();
        assertThat(Messages.isAbout("revision.answer@2", new DomainException("revision.answer.tooLong", 2, 8000))).isTrue();
        assertThat(Messages.isAbout("revision.answer@2", new DomainException("revision.summary.tooLong", 2))).isFalse();
        assertThat(Messages.isAbout("revision.answer@2", new DomainException("revision.answer.required"))).as("a refusal naming no number")
                .isFalse();
    }
}

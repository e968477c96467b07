package nl.ngf.grants.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ngf.grants.shared.ApplicantReminded;
import nl.ngf.grants.shared.ApplicantReminded.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReminderMailTest {

    private static final String LINK = "https://subsidies.example.org/workflow/inbox.xhtml?q=PPS+Zorg";

    private static ApplicantReminded reminder(Kind kind, String about) {
        return new ApplicantReminded(1, kind, about, LocalDate.of(2027, 3, 1), "workflow/inbox.xhtml?q=PPS+Zorg", "tranche", 7);
    }

    @Test
    void aReportReminderSaysWhatIsDueByWhenInDutchThenEnglishWithTheLink() {
        ReminderMail mail = ReminderMail.of(reminder(Kind.PROGRESS_REPORT, "PPS Zorg Twente – tranche 2"), "Jeroen Smit", LINK);

        assertThat(mail.subject()).isEqualTo("Herinnering: voortgangsrapportage voor PPS Zorg Twente – tranche 2 uiterlijk 1 maart 2027");
        String body = mail.body();
        assertThat(body).startsWith("Beste Jeroen Smit,\n\nDe voortgangsrapportage voor PPS Zorg Twente – tranche 2 moet uiterlijk"
                + " 1 maart 2027 (23.59 uur) zijn ingediend.\nU vindt de taak in NGF Subsidies:\n" + LINK + "\n");
        assertThat(body.indexOf("Dear Jeroen Smit,")).as("English after Dutch").isGreaterThan(body.indexOf("Met vriendelijke groet"));
        assertThat(body).contains("----- English version below -----",
                "The progress report for PPS Zorg Twente – tranche 2 is due on 1 March 2027 (23:59, Dutch time).",
                "You find the task in NGF Subsidies:\n" + LINK);
        assertThat(body.split(java.util.regex.Pattern.quote(LINK), -1)).as("the link once per language").hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindHasItsOwnWordsInBothLanguages(Kind kind) {
        ReminderMail mail = ReminderMail.of(reminder(kind, "NGF-2027-001 Opschaling"), "A", LINK);
        String dutch = switch (kind) {
            case REVISION -> "herzien plan";
            case PROGRESS_REPORT -> "voortgangsrapportage";
            case CORRECTIVE_PLAN -> "verbeterplan";
        };
        String english = switch (kind) {
            case REVISION -> "The revised plan";
            case PROGRESS_REPORT -> "The progress report";
            case CORRECTIVE_PLAN -> "The corrective-action plan";
        };
        assertThat(mail.subject()).startsWith("Herinnering: " + dutch + " voor NGF-2027-001 Opschaling uiterlijk");
        assertThat(mail.body()).contains(english + " for NGF-2027-001 Opschaling is due on 1 March 2027");
    }

    @Test
    void whatWasTypedOnSeveralLinesStaysOnOneLineOfTheSubject() {
        ReminderMail mail = ReminderMail.of(reminder(Kind.REVISION, "NGF-2027-002 Titel\r\nBcc: iemand@example.org"), "A", LINK);

        assertThat(mail.subject()).doesNotContain("\r", "\n")
                .isEqualTo("Herinnering: herzien plan voor NGF-2027-002 Titel Bcc: iemand@example.org uiterlijk 1 maart 2027");
    }
}

package nl.ngf.grants.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ngf.grants.shared.ApplicantNotice;
import nl.ngf.grants.shared.ApplicantNotice.Kind;
import nl.ngf.grants.shared.ApplicantNotice.Occasion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeMailTest {

    private static final String LINK = "https://subsidies.example.org/workflow/inbox.xhtml?q=PPS+Zorg";

    private static ApplicantNotice reminder(Kind kind, String about) {
        return notice(Occasion.REMINDER, kind, about);
    }

    private static ApplicantNotice notice(Occasion occasion, Kind kind, String about) {
        return new ApplicantNotice(1, occasion, kind, about, LocalDate.of(2027, 3, 1), "workflow/inbox.xhtml?q=PPS+Zorg", "tranche", 7);
    }

    @Test
    void aReportReminderSaysWhatIsDueByWhenInDutchThenEnglishWithTheLink() {
        NoticeMail mail = NoticeMail.of(reminder(Kind.PROGRESS_REPORT, "PPS Zorg Twente – tranche 2"), "Jeroen Smit", LINK);

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
        NoticeMail mail = NoticeMail.of(reminder(kind, "NGF-2027-001 Opschaling"), "A", LINK);
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
    void aNewPlanTaskSaysTheTrancheIsWithheldAndByWhenThePlanIsDueInDutchThenEnglish() {
        NoticeMail mail = NoticeMail.of(notice(Occasion.TASK_WAITING, Kind.CORRECTIVE_PLAN, "PPS Zorg Twente – tranche 2"), "Jeroen Smit", LINK);

        assertThat(mail.subject()).isEqualTo("Nieuwe taak: verbeterplan voor PPS Zorg Twente – tranche 2 uiterlijk 1 maart 2027");
        assertThat(mail.body()).startsWith("Beste Jeroen Smit,\n\nDe tranche PPS Zorg Twente – tranche 2 is aangehouden; er wordt een"
                        + " verbeterplan gevraagd. Dien het uiterlijk 1 maart 2027 (23.59 uur) in.\nU vindt de taak in NGF Subsidies:\n" + LINK)
                .contains("The tranche PPS Zorg Twente – tranche 2 is withheld; a corrective-action plan is asked for."
                        + " Please submit it by 1 March 2027 (23:59, Dutch time).");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindOfNewTaskHasItsOwnWordsInBothLanguages(Kind kind) {
        NoticeMail mail = NoticeMail.of(notice(Occasion.TASK_WAITING, kind, "NGF-2027-001 Opschaling"), "A", LINK);
        String dutch = switch (kind) {
            case REVISION -> "herzien plan";
            case PROGRESS_REPORT -> "voortgangsrapportage";
            case CORRECTIVE_PLAN -> "verbeterplan";
        };
        String english = switch (kind) {
            case REVISION -> "revised plan";
            case PROGRESS_REPORT -> "progress report";
            case CORRECTIVE_PLAN -> "corrective-action plan";
        };
        assertThat(mail.subject()).startsWith("Nieuwe taak: " + dutch + " voor NGF-2027-001 Opschaling uiterlijk 1 maart 2027");
        assertThat(mail.body()).contains(english + " is asked for", "by 1 March 2027").doesNotContain("Herinnering", "Reminder");
    }

    @Test
    void whatWasTypedOnSeveralLinesStaysOnOneLineOfTheSubject() {
        NoticeMail mail = NoticeMail.of(reminder(Kind.REVISION, "NGF-2027-002 Titel\r\nBcc: iemand@example.org"), "A", LINK);

        assertThat(mail.subject()).doesNotContain("\r", "\n")
                .isEqualTo("Herinnering: herzien plan voor NGF-2027-002 Titel Bcc: iemand@example.org uiterlijk 1 maart 2027");
    }
}

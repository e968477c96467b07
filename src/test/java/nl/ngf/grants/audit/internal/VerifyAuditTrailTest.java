package nl.ngf.grants.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The command-line verification speaks the language chosen, its numbers too, whatever the machine's own locale. */
class VerifyAuditTrailTest {

    @Test
    void theEntryItNamesIsWrittenInTheChosenLanguageOnAMachineThatSpeaksAnother() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            Locale dutch = Locale.forLanguageTag("nl");
            ResourceBundle words = ResourceBundle.getBundle("nl.ngf.grants.web.messages", dutch);
            assertThat(VerifyAuditTrail.say(words, dutch, "audit.cli.entryNow", 1234L, "adviseur programme.assessed"))
                    .isEqualTo("Regel 1.234 luidt nu: adviseur programme.assessed");
        } finally {
            Locale.setDefault(before);
        }
    }
}

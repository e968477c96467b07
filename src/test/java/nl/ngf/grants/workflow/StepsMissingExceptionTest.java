package nl.ngf.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;
import org.junit.jupiter.api.Test;

/** What an administrator reads when running cases cannot move to a model's latest version, in Dutch and in English. */
class StepsMissingExceptionTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void namesTheStepTheCasesWaitAtInTheReadersLanguage() {
        StepsMissingException refusal = new StepsMissingException(3, 4, List.of("decideOnChangeRequest"), List.of("Decide on the change request"), 2);

        assertThat(told(refusal, DUTCH)).isEqualTo("Versie 4 heeft de stap ‘Besluiten over wijzigingsverzoek’ niet, waar 2 zaken van versie 3"
                + " nu wachten; er is niets verplaatst. Een versie van het model met die stap laat ze verder lopen.");
        assertThat(told(refusal, Locale.ENGLISH)).isEqualTo("Version 4 does not have the step ‘Decide on the change request’, where 2 cases"
                + " of version 3 wait now; nothing was moved. A version of the model with that step lets them go on.");
    }

    @Test
    void namesEveryMissingStepAndOneCaseAsOne() {
        StepsMissingException refusal = new StepsMissingException(1, 2, List.of("decideOnChangeRequest", "applyChangeRequest"),
                List.of("Decide on the change request", "Change the tranche schedule"), 1);

        assertThat(told(refusal, DUTCH)).startsWith("Versie 2 heeft de stappen ‘Besluiten over wijzigingsverzoek’, ‘")
                .contains(", waar een zaak van versie 1 nu wacht;").endsWith("met die stappen laat ze verder lopen.");
        assertThat(told(refusal, Locale.ENGLISH)).startsWith("Version 2 does not have the steps ‘Decide on the change request’, ‘Change the")
                .contains("where one case of version 1 waits now;");
    }

    @Test
    void aStepWithoutWordsOfItsOwnKeepsTheModelsName() {
        StepsMissingException refusal = new StepsMissingException(1, 2, List.of("noSuchStep"), List.of("Iets anders"), 1);

        assertThat(refusal.naming((id, name) -> Messages.elementName(bundle(Locale.ENGLISH), ProcessKeys.CHANGE_REQUEST, id, name))
                .arguments().get(2)).isEqualTo("‘Iets anders’");
        assertThat(refusal.arguments().get(2)).as("before it is named for a reader").isEqualTo("‘Iets anders’");
    }

    private static String told(StepsMissingException refusal, Locale locale) {
        DomainException named = refusal.naming((id, name) -> Messages.elementName(bundle(locale), ProcessKeys.CHANGE_REQUEST, id, name));
        assertThat(named.messageKey()).isEqualTo("migration.stepsMissing");
        return Messages.format(locale, named.messageKey(), named.arguments().toArray());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }
}

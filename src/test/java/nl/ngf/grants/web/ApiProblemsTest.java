package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** What the API says of each status it may answer with, whoever decided on it: in its own words, in both languages. */
class ApiProblemsTest {

    private static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 405, 406, 500);

    @Test
    void eachStatusIsToldInItsOwnWordsInBothLanguages() {
        assertThat(STATUSES.stream().map(ApiProblems::textsFor).map(ApiProblems.Texts::title))
                .as("no status borrows another's title (a 401 is no invalid address)").doesNotHaveDuplicates();
        for (Locale language : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            ResourceBundle messages = ResourceBundle.getBundle("nl.ngf.grants.web.messages", language);
            for (int status : STATUSES) {
                ApiProblems.Texts texts = ApiProblems.textsFor(status);
                assertThat(messages.containsKey(texts.title()) && messages.containsKey(texts.detail())).as("%s %s", status, language).isTrue();
            }
        }
        ResourceBundle dutch = ResourceBundle.getBundle("nl.ngf.grants.web.messages", Locale.forLanguageTag("nl"));
        assertThat(dutch.getString(ApiProblems.textsFor(401).title())).isEqualTo("Niet ingelogd");
        assertThat(dutch.getString(ApiProblems.textsFor(418).title())).as("another client error: the request cannot be read").isEqualTo("Ongeldig adres");
    }
}

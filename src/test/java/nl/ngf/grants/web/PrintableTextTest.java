package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a form takes as text: whatever a person types, in any script, with tabs and line breaks; not an invisible
 * control character that PostgreSQL cannot store (a NUL) or that shows the text other than it reads (a
 * right-to-left override).
 */
class PrintableTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"PPS Zorg & Welzijn 's-Hertogenbosch", "Café € 1.000,00 – “goed” ✓", "<script>alert(1)</script>",
        "Eerste regel\r\nTweede regel\n\tingesprongen", "مرحبا עברית 中文 😀", "", " "})
    void textAPersonTypesIsTaken(String typed) {
        assertThat(PrintableText.hasInvisibleControl(typed)).as(typed).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PPS\u0000Noord", "bel\u0007", "\u001b[31mrood", "regel\u000bverticaal", "\u007fweg",
        "next\u0085line", "PPS \u202etxt.exe", "\u202aingebed", "\u2066geïsoleerd\u2069"})
    void anInvisibleControlCharacterIsNot(String typed) {
        assertThat(PrintableText.hasInvisibleControl(typed)).as(typed.codePoints().mapToObj(Integer::toHexString).toList().toString()).isTrue();
    }
}

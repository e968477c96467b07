package nl.ngf.grants.identity.internal;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Whether a password is one a guesser tries early, by zxcvbn's estimate of the guesses it takes: its lists of common
 * passwords, English words and names, keyboard rows, repetitions, sequences and dates, this service's own words and the
 * user's own name, address and organisation. Long enough is not strong enough: "Welkom123456" has twelve characters and is among the
 * first a password sprayer tries, against every account at once, where a lock-out per account does not help.
 */
final class PasswordStrength {

    /**
     * zxcvbn's score (0 to 4) a password must reach: 3 is an estimated 10^8 guesses or more, which no one reaches through
     * the login's lock-outs and which a leaked PBKDF2 hash makes slow.
     */
    static final int LEAST_SCORE = 3;

    /**
     * How much of a password is measured: its first 32 characters. More only adds guesses, and zxcvbn's work grows
     * steeply with length (a check of 200 characters can take seconds), which anyone may type.
     */
    static final int MEASURED_LENGTH = 32;

    /**
     * Words a guesser tries first against this service that zxcvbn's English lists lack: the service's and the fund's
     * names, its roles, and the Dutch words of the most common passwords (seasons, months, greetings, clubs, cities).
     */
    static final List<String> SERVICE_WORDS = List.of(
            "wachtwoord", "welkom", "groeifonds", "nationaal", "nationale", "ngf", "grants", "subsidie", "geheim",
            "beheerder", "beheer", "adviseur", "commissie", "aanvrager", "penvoerder", "programma", "pps", "mbo", "tranche",
            "zomer", "winter", "lente", "herfst", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december", "hallo", "liefde", "schatje", "voetbal", "ajax", "feyenoord",
            "psv", "nederland", "holland", "amsterdam", "rotterdam", "utrecht", "denhaag");

    private PasswordStrength() {
    }

    /**
     * True when the password is easy to guess; {@code ownWords} are what a guesser knows of its user (name, display
     * name, e-mail address, organisation), each taken whole and word by word.
     */
    static boolean guessable(String password, String... ownWords) {
        String measured = password.length() > MEASURED_LENGTH ? password.substring(0, MEASURED_LENGTH) : password;
        return Loaded.ZXCVBN.measure(measured, words(ownWords)).getScore() < LEAST_SCORE;
    }

    private static List<String> words(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull)
                .map(text -> text.strip().toLowerCase(Locale.ROOT))
                .flatMap(text -> Stream.concat(Stream.of(text), Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))))
                .filter(word -> word.length() >= 3)
                .distinct()
                .toList();
    }

    /** The lists, read once (about a megabyte), when a password is first checked. */
    private static final class Loaded {

        static final Zxcvbn ZXCVBN = build();

        private static Zxcvbn build() {
            try {
                List<Dictionary> dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
                dictionaries.add(new Dictionary("ngf", SERVICE_WORDS));
                return new ZxcvbnBuilder().dictionaries(dictionaries).keyboards(StandardKeyboards.loadAllKeyboards()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("zxcvbn's lists are not on the class path", e);
            }
        }
    }
}

package nl.ngf.grants.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordStrengthTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "password1234", // a common password with digits
            "P@ssw0rd1234", // the same, with the substitutions everyone makes
            "Welkom123456", // Dutch, which no list of English passwords knows
            "wachtwoord123",
            "Wachtwoord2026!",
            "Groeifonds2026", // the service's own name and a year
            "nationaalgroeifonds",
            "qwertyuiopas", // a row of keys
            "123456789012", // a sequence
            "aaaaaaaaaaaa", // a repetition
            "abcabcabcabc",
            "ZomerZomer2026"})
    void aPasswordAGuesserTriesEarlyIsRefusedHoweverLong(String password) {
        assertThat(PasswordStrength.guessable(password, "gebruiker", "Gebruiker", null)).as(password).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "een nieuw lang wachtwoord", // a few words make a password strong
            "correct horse battery staple",
            "eerste wachtwoord",
            "alleen-voor-de-testdatabase",
            "Tk8#vq2!Lm9z"})
    void aPasswordThatTakesLongToGuessIsAccepted(String password) {
        assertThat(PasswordStrength.guessable(password, "gebruiker", "Gebruiker", null)).as(password).isFalse();
    }

    /** What follows the first 32 characters only adds guesses; measuring it would let anyone keep the server busy for seconds. */
    @Test
    void aLongPasswordIsJudgedByItsFirst32Characters() {
        assertThat(PasswordStrength.guessable("wachtwoord".repeat(20), "gebruiker")).isTrue();
        assertThat(PasswordStrength.guessable("een nieuw lang wachtwoord, en dan" + "a".repeat(160), "gebruiker")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MariekeVerhoeven", "mverhoeven1234", "DeltionCollege1"})
    void theUsersOwnNameAddressAndOrganisationAreWhatAGuesserTriesFirst(String password) {
        assertThat(PasswordStrength.guessable(password, "mverhoeven", "Marieke Verhoeven", "m.verhoeven@deltion.nl", "Deltion College"))
                .as("known of the user").isTrue();
        assertThat(PasswordStrength.guessable(password, "aanvrager", "Aanvrager", null))
                .as("of someone else").isFalse();
    }
}

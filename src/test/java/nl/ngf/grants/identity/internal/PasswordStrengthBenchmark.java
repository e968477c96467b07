package nl.ngf.grants.identity.internal;

import static nl.ngf.grants.testsupport.BenchmarkOutput.bestMs;
import static nl.ngf.grants.testsupport.BenchmarkOutput.ms;
import static nl.ngf.grants.testsupport.BenchmarkOutput.print;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What checking a new password for how easy it is to guess costs the server: reading zxcvbn's lists once, then a check
 * of a password of 12, 50 and 200 characters (the longest accepted; the first 32 are measured), random, made of words,
 * and made of the characters zxcvbn tries as substitutes for letters (its costliest). Not part of
 * {@code mvn verify}; run with {@code mvn test -Dtest=PasswordStrengthBenchmark}. It prints {@code [benchmark]} lines.
 */
class PasswordStrengthBenchmark {

    @Test
    void checkingAPassword() {
        long start = System.nanoTime();
        boolean first = PasswordStrength.guessable("een eerste wachtwoord", "gebruiker");
        print("first check, reading the lists: %.0f ms", ms(System.nanoTime() - start));
        assertThat(first).isFalse();

        Random random = new Random(20261207);
        String words = "tulp fiets molen kaas gracht dijk polder klomp ";
        for (int length : new int[] {12, 50, 200}) {
            String randomPassword = random.ints(length, 33, 127).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            String wordPassword = words.repeat(5).substring(0, length);
            // zxcvbn's costliest input: every character one it tries as a substitute for a letter.
            String substitutes = "4@8({[<3=6&!|1/70$5+%2".repeat(10).substring(0, length);
            // Warm: the best of 20, after 20 to let the JIT compile.
            bestMs(20, () -> PasswordStrength.guessable(randomPassword, "gebruiker"));
            print("%3d characters: random %.2f ms, words %.2f ms, substitutes %.2f ms (best of 20)", length,
                    bestMs(20, () -> PasswordStrength.guessable(randomPassword, "gebruiker")),
                    bestMs(20, () -> PasswordStrength.guessable(wordPassword, "gebruiker")),
                    bestMs(20, () -> PasswordStrength.guessable(substitutes, "gebruiker")));
        }
    }
}

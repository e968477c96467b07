package nl.ngf.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void holdsWholeCentsExactly() {
        assertThat(Money.ofEuros(new BigDecimal("210000000.00")).cents()).isEqualTo(21_000_000_000L);
        assertThat(Money.ofEuros(new BigDecimal("0.1")).plus(Money.ofEuros(new BigDecimal("0.2"))))
                .isEqualTo(Money.ofEuros(new BigDecimal("0.30")));
    }

    @Test
    void refusesFractionsOfACentInsteadOfRounding() {
        assertThatThrownBy(() -> Money.ofEuros(new BigDecimal("100.005")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("money.cents"));
    }

    @Test
    void acceptsTrailingZerosBeyondTheCents() {
        assertThat(Money.ofEuros(new BigDecimal("12.3400")).cents()).isEqualTo(1234L);
    }

    @Test
    void refusesAmountsThatDoNotFitInCents() {
        assertThatThrownBy(() -> Money.ofEuros(new BigDecimal("1e30")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("money.tooLarge"));
    }

    @Test
    void formatsInDutchAndEnglish() {
        Money amount = Money.ofEuros(new BigDecimal("210000000.00"));
        assertThat(amount.format(Locale.forLanguageTag("nl-NL"))).contains("210.000.000,00").contains("€");
        assertThat(amount.format(Locale.forLanguageTag("en-GB"))).contains("210,000,000.00").contains("€");
    }
}

package nl.ngf.grants.shared;

import java.io.Serializable;
import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An exact amount of euros, held as whole cents. Never floating point: an amount that has more
 * than two decimals is refused rather than rounded, because a grant amount is a legal fact.
 */
public record Money(long cents) implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Euros with at most two decimals; anything finer is refused, not rounded. */
    public static Money ofEuros(BigDecimal euros) {
        if (euros == null) {
            throw new DomainException("money.required");
        }
        BigDecimal normalised = euros.stripTrailingZeros();
        if (normalised.scale() > 2) {
            throw new DomainException("money.cents");
        }
        try {
            return new Money(euros.movePointRight(2).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new DomainException("money.tooLarge");
        }
    }

    public static Money ofEuros(long euros) {
        return new Money(Math.multiplyExact(euros, 100L));
    }

    public BigDecimal euros() {
        return BigDecimal.valueOf(cents, 2);
    }

    @JsonbTransient
    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isGreaterThan(Money other) {
        return cents > other.cents;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** "€ 210.000.000,00" in Dutch, "€210,000,000.00" in English. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(euros());
    }

    @Override
    public String toString() {
        return "EUR " + euros().toPlainString();
    }
}

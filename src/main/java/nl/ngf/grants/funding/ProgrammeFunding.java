package nl.ngf.grants.funding;

import java.io.Serializable;
import nl.ngf.grants.shared.Money;

/** A programme's money: awarded (null before the award), allocated over its PPSs, released to them. */
public record ProgrammeFunding(Money awarded, Money allocated, Money released) implements Serializable {

    /** What is not yet paid out of the award. */
    public Money remaining() {
        return awarded == null ? Money.ZERO : awarded.minus(released);
    }
}

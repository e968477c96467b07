package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.ngf.grants.shared.Money;

/**
 * A PPS's key figures: connected companies, the share of the region's SMEs reached (percent, two
 * decimals), students, teachers and the business contribution (co-financing) per year.
 */
public record Kpis(int companies, BigDecimal smeReachPercent, int students, int teachers, Money cofinancing) implements Serializable {
}

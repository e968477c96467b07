package nl.ngf.grants.funding;

import java.math.BigDecimal;

/** A grant officer's verification: how far the tranche's KPI milestone is attained (percent), and why. */
public record Verification(BigDecimal attainmentPercent, String remarks) {
}

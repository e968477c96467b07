package nl.ngf.grants.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a grant officer enters to register a conditional award. Amounts in euros, at most two decimals. */
public record ConditionalAwardRegistration(String title, Long organisationId, BigDecimal requestedAmount,
                                           BigDecimal conditionalAmount, Integer plannedPpsCount,
                                           LocalDate revisionDeadline, List<String> conditions) {
}

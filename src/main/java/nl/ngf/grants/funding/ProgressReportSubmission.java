package nl.ngf.grants.funding;

import java.math.BigDecimal;
import java.util.List;

/** What an applicant reports for a tranche: the PPS's KPIs now, a narrative and evidence documents. */
public record ProgressReportSubmission(Integer companies, BigDecimal smeReachPercent, Integer students, Integer teachers,
                                       BigDecimal cofinancing, String narrative, List<Long> documentIds) {
}

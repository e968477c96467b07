package nl.ngf.grants.funding;

import java.util.List;

/** The applicant's plan to put a withheld tranche right, with supporting documents. */
public record CorrectiveActionPlan(String plan, List<Long> documentIds) {
}

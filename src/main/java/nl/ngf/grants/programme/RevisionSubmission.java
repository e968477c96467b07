package nl.ngf.grants.programme;

import java.util.Map;

/** The applicant's revised plan: an answer for every condition (by condition id), a summary, the PPS count. */
public record RevisionSubmission(Map<Long, String> answers, String summary, Integer ppsCount) {
}

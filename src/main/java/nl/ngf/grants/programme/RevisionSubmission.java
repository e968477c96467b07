package nl.ngf.grants.programme;

import java.util.List;
import java.util.Map;

/**
 * The applicant's revised plan: an answer for every condition (by condition id), a summary, the PPS
 * count and the ids of the documents uploaded for it.
 */
public record RevisionSubmission(Map<Long, String> answers, String summary, Integer ppsCount, List<Long> documentIds) {

    public RevisionSubmission {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}

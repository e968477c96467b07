package nl.ngf.grants.audit;

import java.io.Serializable;

/**
 * The outcome of walking the chain: how many entries were checked and, when the chain is broken, the
 * first entry that does not match (or the number after which entries are missing) and why.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) implements Serializable {
}

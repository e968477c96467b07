package nl.ngf.grants.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over its fields and the previous entry's hash. Each field is
 * length-prefixed, so no two different entries can be written as the same bytes.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(long seq, Instant recordedAt, String actor, String action, String objectType, String objectId,
                       String details, String previousHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {Long.toString(seq), Long.toString(recordedAt.toEpochMilli()), actor, action, objectType,
                    objectId, details == null ? "\u0000" : details, previousHash}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

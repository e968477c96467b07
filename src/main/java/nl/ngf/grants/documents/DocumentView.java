package nl.ngf.grants.documents;

import java.io.Serializable;
import java.time.Instant;

/** A stored document as lists show it. */
public record DocumentView(long id, String fileName, String contentType, long size, String sha256,
                           String uploadedBy, Instant uploadedAt) implements Serializable {
}

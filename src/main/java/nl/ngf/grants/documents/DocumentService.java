package nl.ngf.grants.documents;

import java.util.Collection;
import java.util.List;
import nl.ngf.grants.identity.Actor;

/**
 * Stores and reads documents. A document belongs to an organisation (the applicant's) and a subject
 * (e.g. {@code programme:42}). Refusals are {@link nl.ngf.grants.shared.DomainException}s: nothing is
 * stored when a file is refused.
 */
public interface DocumentService {

    /** What an upload may be, for telling users before they try. */
    UploadLimits limits();

    /** The accepted file types (extensions) and the largest size in MB. */
    record UploadLimits(java.util.List<String> types, int maxSizeMb) {
    }

    /** Checks and stores an upload for the actor's own organisation. */
    DocumentView store(Actor uploader, String subject, String fileName, byte[] content);

    /** The documents with these ids, if this actor may see every one of them; refuses otherwise. */
    List<DocumentView> documents(Actor reader, Collection<Long> ids);

    /** One document's content, if this actor may see it. */
    DocumentContent download(Actor reader, long id);
}

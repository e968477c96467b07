package nl.ngf.grants.documents;

/** A document's bytes with what a download needs. */
public record DocumentContent(DocumentView document, byte[] content) {
}

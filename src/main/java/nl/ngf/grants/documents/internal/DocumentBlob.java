package nl.ngf.grants.documents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document's bytes, kept apart so lists never load them. */
@Entity
@Table(name = "document_content")
class DocumentBlob {

    @Id
    @Column(name = "document_id")
    Long documentId;

    @Column(nullable = false, updatable = false)
    byte[] content;

    protected DocumentBlob() {
    }

    DocumentBlob(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }
}

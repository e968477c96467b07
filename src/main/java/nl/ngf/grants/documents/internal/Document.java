package nl.ngf.grants.documents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.ngf.grants.documents.DocumentView;

/** A stored document's facts. Insert-only: a document is never altered. */
@Entity
@Table(name = "document")
@SequenceGenerator(name = "ngf_document_id", sequenceName = "ngf_id_seq", allocationSize = 50)
class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_document_id")
    Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    long organisationId;

    @Column(nullable = false, updatable = false, length = 60)
    String subject;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 120)
    String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    long size;

    @Column(nullable = false, updatable = false, length = 64)
    String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 60)
    String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    Instant uploadedAt;

    protected Document() {
    }

    Document(long organisationId, String subject, String fileName, String contentType, long size, String sha256,
             String uploadedBy, Instant uploadedAt) {
        this.organisationId = organisationId;
        this.subject = subject;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    DocumentView view() {
        return new DocumentView(id, fileName, contentType, size, sha256, uploadedBy, uploadedAt);
    }
}

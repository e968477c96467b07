package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a programme. Insert-only. */
@Entity
@Table(name = "programme_comment")
class ProgrammeComment extends ProgrammePart {

    static final int MAX_TEXT = 4000;

    @Column(nullable = false, updatable = false, length = 60)
    String author;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    String authorName;

    @Column(nullable = false, updatable = false, length = MAX_TEXT)
    String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    /** The form the comment was posted from (SubmissionKey); null when none was named. */
    @Column(name = "submission_key", updatable = false, length = 36)
    String submissionKey;

    protected ProgrammeComment() {
    }

    ProgrammeComment(Programme programme, String author, String authorName, String text, Instant createdAt, String submissionKey) {
        super(programme);
        this.author = author;
        this.authorName = authorName;
        this.text = text;
        this.createdAt = createdAt;
        this.submissionKey = submissionKey;
    }
}

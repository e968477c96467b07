package nl.ngf.grants.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ngf.grants.documents.DocumentReaders;
import nl.ngf.grants.identity.Actor;

/** The committee member reads the documents of the plans put before the committee, as they read those plans. */
@ApplicationScoped
public class PlanDocuments implements DocumentReaders {

    /** A plan's documents are stored under their programme ({@code programme:42}). */
    private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile("programme:([0-9]{1,18})");

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Override
    public boolean mayRead(Actor reader, String subject, long documentId) {
        java.util.regex.Matcher plan = SUBJECT.matcher(subject == null ? "" : subject);
        if (!plan.matches()) {
            return false;
        }
        Programme programme = em.find(Programme.class, Long.valueOf(plan.group(1)));
        // Only a document submitted with a revision: one uploaded and then left out of it is no part of the plan.
        return programme != null && DefaultProgrammeService.assesses(reader, programme)
                && programme.revisions.stream().anyMatch(revision -> revision.documentIds.contains(documentId));
    }
}

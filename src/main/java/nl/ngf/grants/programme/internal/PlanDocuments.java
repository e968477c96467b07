package nl.ngf.grants.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ngf.grants.documents.DocumentReaders;
import nl.ngf.grants.identity.Actor;

/** The committee member reads the documents of the plans put before the committee, as they read those plans. */
@ApplicationScoped
public class PlanDocuments implements DocumentReaders {

    private static final String SUBJECT = "programme:";

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Override
    public boolean mayRead(Actor reader, String subject, long documentId) {
        if (subject == null || !subject.matches("programme:[0-9]{1,18}")) {
            return false;
        }
        Programme programme = em.find(Programme.class, Long.valueOf(subject.substring(SUBJECT.length())));
        // Only a document submitted with a revision: one uploaded and then left out of it is no part of the plan.
        return programme != null && DefaultProgrammeService.assesses(reader, programme)
                && programme.revisions.stream().anyMatch(revision -> revision.documentIds.contains(documentId));
    }
}

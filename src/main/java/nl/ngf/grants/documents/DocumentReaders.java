package nl.ngf.grants.documents;

import nl.ngf.grants.identity.Actor;

/**
 * Who besides the document's own organisation (and those who read every organisation's files) may read a
 * document: the module whose record holds it says so, for the readers it lets in (the committee member, say, the
 * documents of a plan put before the committee). A bean of the module that holds the subject implements it, so
 * that this module need not know that module.
 */
public interface DocumentReaders {

    /** Whether this reader may read this document of this subject ({@code programme:42}), though not of its organisation. */
    boolean mayRead(Actor reader, String subject, long documentId);
}

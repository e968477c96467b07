package nl.ngf.grants.notification;

import java.util.List;
import nl.ngf.grants.identity.Actor;

/** What an administrator sees of, and does about, the mails to applicants that did not go out. */
public interface NotificationService {

    /** Every mail an attempt failed on and not sent since, the longest waiting first; for administrators only. */
    List<UnsentMail> unsentMails(Actor administrator);

    /**
     * Tries a mail that was not sent once more, now (also one given up, after the mail server was put right, say);
     * audited. Refused for a mail that went out meanwhile.
     */
    void retryMail(Actor administrator, long mailId);
}

package nl.ngf.grants.notification;

import java.util.List;
import nl.ngf.grants.identity.Actor;

/** What an administrator sees of, and does about, the mails to applicants that did not go out. */
public interface NotificationService {

    /** Every mail an attempt failed on and not sent since, the longest waiting first; for administrators only. */
    List<UnsentMail> unsentMails(Actor administrator);

    /**
     * Tries a mail that was not sent once more, now (also one given up, after the mail server was put right, say),
     * to the address its recipient has now; audited. Refused for a mail that went out or was withdrawn meanwhile,
     * and for a recipient who no longer gets the organisation's mail (switched off, no address, no longer its
     * applicant).
     */
    void retryMail(Actor administrator, long mailId);

    /** Withdraws a mail that was not sent: it is never sent and no longer listed; audited. */
    void withdrawMail(Actor administrator, long mailId);
}

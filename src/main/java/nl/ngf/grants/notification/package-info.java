/**
 * Messages to users outside the application: the reminder before an applicant's deadline goes out by e-mail to
 * the organisation's applicants once the step that sent it commits (a rolled-back step mails nothing). Each
 * mailing, or why there was none, is recorded in the audit trail. Without a mail server configured
 * ({@code ngf.mail.host}) reminders are on the screens only.
 */
package nl.ngf.grants.notification;

/**
 * Messages to users outside the application: a new task for an applicant organisation (a revision round, a
 * corrective-action plan) and the reminder before its deadline go out by e-mail to the organisation's applicants
 * once the step that sent them commits (a rolled-back step mails nothing). The mails wait in a transactional
 * outbox until they are sent, and a mail the server did not take is tried again. Each attempt, or why there was
 * none, is recorded in the audit trail. Without a mail server configured ({@code ngf.mail.host}) tasks and reminders
 * are on the screens only.
 */
package nl.ngf.grants.notification;

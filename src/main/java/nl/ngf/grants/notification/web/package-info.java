/** The administrator's view of the mails to applicants that did not go out (under Storingen). */
package nl.ngf.grants.notification.web;

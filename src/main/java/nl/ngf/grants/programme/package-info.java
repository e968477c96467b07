/**
 * The award lifecycle of a programme: its conditional award and conditions, the applicant's
 * revisions (immutable, one per round) and the committee's assessments. The grantAward model
 * drives the steps; this module keeps the facts and enforces the rules on amounts.
 */
package nl.ngf.grants.programme;

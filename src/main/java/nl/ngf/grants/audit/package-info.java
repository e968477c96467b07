/**
 * The audit trail: every state-changing action, who did it, when, on which record, with the essential
 * values; append-only and hash-chained so that an altered or removed entry is found and named.
 */
package nl.ngf.grants.audit;

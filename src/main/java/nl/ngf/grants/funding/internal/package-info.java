/** Tranche states, reports, decisions, the disbursement ledger and change requests, and the services over them. */
package nl.ngf.grants.funding.internal;

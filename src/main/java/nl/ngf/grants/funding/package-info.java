/**
 * The money after the award: per tranche of a PPS the progress report, its verification, the decision
 * table's verdict, the second approval (four eyes), corrective-action plans, the disbursement ledger
 * that pays a tranche at most once, and change requests to a PPS's tranche schedule.
 */
package nl.ngf.grants.funding;

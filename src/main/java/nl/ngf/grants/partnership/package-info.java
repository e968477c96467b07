/**
 * The public-private partnerships (PPSs) a programme funds: who leads them, where and in which sector,
 * and their KPI baselines and targets. Allocation, tranches and progress reports build on these.
 */
package nl.ngf.grants.partnership;

/**
 * History for auditors: per programme and per PPS, one timeline joining what the engine recorded of
 * its cases (elements entered and left, task completions, variable changes, the user operation log)
 * with the audit trail's entries, and each case's diagram with the path it took.
 */
package nl.ngf.grants.history;

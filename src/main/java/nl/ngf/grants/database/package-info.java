/**
 * The application's own schema: versioned Flyway migrations, run at start-up before anything
 * touches the database, and the database's readiness check. EclipseLink never creates tables. And how a refusal
 * leaves a transaction: undone, without an incident in the server's log.
 */
package nl.ngf.grants.database;

/**
 * The application's own schema: versioned Flyway migrations, run at start-up before anything touches the database (and
 * refused on a schema that a later version migrated, or on a server whose clock zone is not UTC), and the database's
 * readiness check; the lock by which servers sharing a database take turns at what start-up does once per database.
 * EclipseLink never creates tables. And how a refusal leaves a transaction: undone, without an incident in the
 * server's log.
 */
package nl.ngf.grants.database;

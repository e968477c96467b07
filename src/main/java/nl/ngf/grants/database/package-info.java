/**
 * The application's own schema: versioned Flyway migrations, run at start-up before anything
 * touches the database, and the database's readiness check. EclipseLink never creates tables.
 */
package nl.ngf.grants.database;

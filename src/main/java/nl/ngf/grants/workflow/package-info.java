/**
 * The embedded Camunda engine and the one facade the rest of the application uses to start
 * processes, list a user's tasks and complete them. Outside this module only the {@code process}
 * rooms of other modules (delegates and listeners) touch the engine's API.
 */
package nl.ngf.grants.workflow;

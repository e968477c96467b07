/**
 * The integration tests as failsafe runs them: three suites that together hold every {@code *IT} class once. Failsafe
 * gives them out to two JVMs, each with a Liberty server of its own (pom.xml), so the browser tests run beside the
 * others. A suite is one run of the test engine, so Arquillian starts a JVM's server once for all the suite's classes
 * (each class still has its own deployment); given a class at a time, it would start and stop the server for each.
 */
package nl.ngf.grants.suites;

/**
 * Users, organisations and roles; who is logged in; which workflow groups a user belongs to.
 * Login is Jakarta Security's form mechanism over a database identity store (PBKDF2 hashes).
 */
package nl.ngf.grants.identity;

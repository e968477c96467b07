/**
 * Demo users, organisations and programmes for the embedded H2 default, created on first start
 * through the same services a user would use. Never runs on PostgreSQL unless asked to.
 */
package nl.ngf.grants.demo;

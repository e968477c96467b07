/**
 * Building blocks every module may use: exact money, base exceptions. Depends on no module.
 */
package nl.ngf.grants.shared;

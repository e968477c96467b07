/** The funding module's steps in the trancheRelease, changeRequest and grantAward models. */
package nl.ngf.grants.funding.process;

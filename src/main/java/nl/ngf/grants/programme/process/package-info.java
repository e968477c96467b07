/** The grantAward model's delegates: the end states of an award, written in the engine's transaction. */
package nl.ngf.grants.programme.process;

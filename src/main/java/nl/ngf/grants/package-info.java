/**
 * ngf-grants: a modular monolith. Each direct sub-package is a module that owns one part of the
 * NGF grant domain; other modules use only its API package (see ArchitectureTest).
 */
package nl.ngf.grants;

/**
 * What every page shares: the language (Dutch by default, English available), turning a refused
 * request into a message in the user's language, formatting of money and dates.
 */
package nl.ngf.grants.web;

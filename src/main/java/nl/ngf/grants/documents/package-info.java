/**
 * Uploaded documents: checked on size, on their real type (read from the content, never the name)
 * and on their name; stored in the database with a SHA-256 checksum, never altered; read back only
 * by someone allowed to see the organisation they belong to.
 */
package nl.ngf.grants.documents;

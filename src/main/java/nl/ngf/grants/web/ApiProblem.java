package nl.ngf.grants.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the JSON API answers when it refuses a request or has nothing at its address: a problem document (RFC 9457,
 * {@code application/problem+json}), its title and detail in the user's language.
 */
@Schema(name = "Problem", description = "A refusal or an address with nothing at it (RFC 9457), in the user's language")
public record ApiProblem(
        @Schema(description = "Always about:blank: the status says what kind of problem it is") String type,
        @Schema(description = "The status in words, e.g. Niet gevonden") String title,
        @Schema(description = "The HTTP status") int status,
        @Schema(description = "What went wrong, e.g. that the programme does not exist or is not the caller's to see") String detail,
        @Schema(description = "The address asked for") String instance) {
}

package nl.ngf.grants.shared;

import java.util.List;

/**
 * A rule of the domain refused what was asked. Carries a message key (resolved in the user's
 * language by the web layer) and its arguments, never a translated text.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /**
     * Whether this refusal says the record asked for does not exist for the user (none, or another organisation's): its
     * key ends in {@code .notFound}. The pages and the API answer it as not found (404).
     */
    public boolean recordNotFound() {
        return messageKey.endsWith(".notFound");
    }

    /** Every refusal this one stands for, each to be told: itself, or each rule a request broke ({@link Refusals}). */
    public List<DomainException> refusals() {
        return List.of(this);
    }
}

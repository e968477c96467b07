package nl.ngf.grants.shared;

/** The user asked for something that is not theirs to see or do. */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

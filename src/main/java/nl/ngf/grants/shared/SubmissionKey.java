package nl.ngf.grants.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The key a form names itself by, once per form, so that the same form sent twice (a double click, the browser's back
 * button) makes one record, not two. The server's own form makes it up; it is never read from what a browser sends.
 */
public final class SubmissionKey {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SubmissionKey() {
    }

    /** A new form's key. */
    public static String next() {
        return UUID.randomUUID().toString();
    }

    /** The key as stored: none when blank; a programming error when it is not one {@link #next()} makes. */
    public static String checked(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!FORM.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a submission key: " + key);
        }
        return key;
    }

    /**
     * What was made from this form before, found by {@code sentFrom} under a lock the caller holds: nothing (none, or
     * no key); the record itself when the form is sent again as it was ({@code asBefore}: a double click, the back
     * button); refused with {@code usedKey} when it was changed and sent again, as a second record it is not and the
     * user starts from a new form. A key that names a record of someone else ({@code theirs} false) is a programming error.
     */
    public static <T> Optional<T> sentBefore(String key, Function<String, Optional<T>> sentFrom, Predicate<T> theirs,
                                             Predicate<T> asBefore, String usedKey) {
        Optional<T> sent = key == null ? Optional.empty() : sentFrom.apply(key);
        if (sent.isEmpty()) {
            return sent;
        }
        if (!theirs.test(sent.get())) {
            throw new IllegalArgumentException("Submission key " + key + " names someone else's record");
        }
        if (!asBefore.test(sent.get())) {
            throw new DomainException(usedKey);
        }
        return sent;
    }
}

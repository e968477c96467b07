package nl.ngf.grants.shared;

import java.util.UUID;
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
}

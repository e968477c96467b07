package nl.ngf.grants.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** How a list's search box finds its rows: every word typed, in any case, somewhere in the row's texts. */
public final class Search {

    private Search() {
    }

    /** Whether every word of the query occurs, ignoring case, in one of the texts; an empty query matches every row. */
    public static boolean matches(String query, String... texts) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = Arrays.stream(texts).filter(Objects::nonNull).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return Arrays.stream(query.trim().toLowerCase(Locale.ROOT).split("\\s+")).allMatch(text::contains);
    }
}

package nl.ngf.grants.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The application's Faces pages as text, for tests that hold every page's tags to a rule. */
final class FacesPages {

    /** One tag found on a page, with the page's name and whole text (to look for what the tag refers to). */
    record Tag(String page, String pageText, String tag) {
    }

    private FacesPages() {
    }

    /** Every tag the pattern finds on every page under src/main/webapp, page by page. */
    static List<Tag> tags(Pattern tag) {
        try (var pages = Files.walk(Path.of("src/main/webapp"))) {
            return pages.filter(page -> page.toString().endsWith(".xhtml")).flatMap(page -> {
                String text = read(page);
                return tag.matcher(text).results().map(found -> new Tag(page.getFileName().toString(), text, found.group()));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.ngf.grants.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The application's Faces pages as text, for tests that hold every page's tags to a rule. */
public final class FacesPages {

    private static final Path ROOT = Path.of("src/main/webapp");

    /** One tag found on a page, with the page's name and whole text (to look for what the tag refers to). */
    record Tag(String page, String pageText, String tag) {
    }

    private FacesPages() {
    }

    /** Every tag the pattern finds on every page under src/main/webapp, page by page. */
    static List<Tag> tags(Pattern tag) {
        try (var pages = Files.walk(ROOT)) {
            return pages.filter(page -> page.toString().endsWith(".xhtml")).flatMap(page -> {
                String text = read(page);
                return tag.matcher(text).results().map(found -> new Tag(page.getFileName().toString(), text, found.group()));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address (relative to the application's root, as {@code funding/verify.xhtml}) of every page the pattern finds something on. */
    public static List<String> addressesOfPagesWith(Pattern tag) {
        try (var pages = Files.walk(ROOT)) {
            return pages.filter(page -> page.toString().endsWith(".xhtml")).filter(page -> tag.matcher(read(page)).find())
                    .map(page -> ROOT.relativize(page).toString().replace('\\', '/')).sorted().toList();
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

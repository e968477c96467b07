package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text a user typed is always escaped where it is shown: Faces and PrimeFaces escape every value
 * unless a page says {@code escape="false"}, and our scripts never write HTML from data. The browser
 * test types markup into fields and sees it as text; this keeps every other page from opting out.
 */
class MarkupEscapingTest {

    private static List<Path> files(String folder, String extension) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(extension)).toList();
        }
    }

    @Test
    void noPageSwitchesEscapingOff() throws IOException {
        List<Path> pages = files("src/main/webapp", ".xhtml");
        assertThat(pages).hasSizeGreaterThan(20);
        Pattern unescaped = Pattern.compile("escape\\s*=\\s*\"(false|#\\{)");
        assertThat(pages).allSatisfy(page ->
                assertThat(unescaped.matcher(Files.readString(page)).find()).as(page + " turns escaping off").isFalse());
    }

    @Test
    void noScriptWritesHtmlFromData() throws IOException {
        Pattern html = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\.html\\(");
        assertThat(files("src/main/webapp/resources", ".js")).isNotEmpty().allSatisfy(script ->
                assertThat(html.matcher(Files.readString(script)).find()).as(script + " writes HTML").isFalse());
    }
}

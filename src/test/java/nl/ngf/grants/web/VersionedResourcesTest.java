package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a browser is sent to fetch: the application's own resources by their content, PrimeFaces' as PrimeFaces says. */
class VersionedResourcesTest {

    @TempDir
    Path folder;

    @Test
    void anOwnResourceIsAddressedByItsContentAndANewContentGetsANewAddress() throws Exception {
        Path css = Files.writeString(folder.resolve("ngf.css"), "body { color: #1a1a1a; }");
        VersionedResources resources = new VersionedResources(new Stored(Map.of("css/ngf.css", css)));

        String first = resources.createResource("css/ngf.css").getRequestPath();
        assertThat(first).isEqualTo("/ngf/jakarta.faces.resource/css/ngf.css.xhtml?v=" + sha256("body { color: #1a1a1a; }").substring(0, 12));
        assertThat(resources.createResource("css/ngf.css", null, "text/css").getRequestPath()).as("asked again").isEqualTo(first);

        // A deployment that changes the style sheet: the page names a new address, so no browser keeps the old one.
        Files.writeString(css, "body { color: #000; }");
        Files.setLastModifiedTime(css, FileTime.fromMillis(Files.getLastModifiedTime(css).toMillis() + 60_000));
        assertThat(resources.createResource("css/ngf.css").getRequestPath())
                .isEqualTo("/ngf/jakarta.faces.resource/css/ngf.css.xhtml?v=" + sha256("body { color: #000; }").substring(0, 12));
    }

    @Test
    void aLibrarysResourceKeepsTheAddressItsLibraryGivesIt() throws Exception {
        Path js = Files.writeString(folder.resolve("core.js"), "PrimeFaces = {};");
        VersionedResources resources = new VersionedResources(new Stored(Map.of("core.js", js)));

        assertThat(resources.createResource("core.js", "primefaces").getRequestPath())
                .isEqualTo("/ngf/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13");
    }

    @Test
    void anAddressThatHasAQueryAlreadyGetsTheFingerprintAppended() throws Exception {
        Path svg = Files.writeString(folder.resolve("favicon.svg"), "<svg/>");
        Stored stored = new Stored(Map.of("img/favicon.svg", svg));
        stored.query = "?locale=nl";
        assertThat(new VersionedResources(stored).createResource("img/favicon.svg").getRequestPath())
                .isEqualTo("/ngf/jakarta.faces.resource/img/favicon.svg.xhtml?locale=nl&v=" + sha256("<svg/>").substring(0, 12));
    }

    @Test
    void aResourceThatCannotBeReadIsAddressedWithoutAFingerprintAndAMissingOneStaysMissing() throws Exception {
        VersionedResources resources = new VersionedResources(new Stored(Map.of("js/gone.js", folder.resolve("gone.js"))));
        assertThat(resources.createResource("js/gone.js").getRequestPath()).isEqualTo("/ngf/jakarta.faces.resource/js/gone.js.xhtml");
        assertThat(resources.createResource("js/unknown.js")).isNull();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Resources read from files, addressed as Faces addresses them. */
    private static final class Stored extends ResourceHandler {
        private final Map<String, Path> files;
        String query = "";

        Stored(Map<String, Path> files) {
            this.files = files;
        }

        @Override
        public Resource createResource(String resourceName) {
            return createResource(resourceName, null, null);
        }

        @Override
        public Resource createResource(String resourceName, String libraryName) {
            return createResource(resourceName, libraryName, null);
        }

        @Override
        public Resource createResource(String resourceName, String libraryName, String contentType) {
            Path file = files.get(resourceName);
            if (file == null) {
                return null;
            }
            String path = "/ngf/jakarta.faces.resource/" + resourceName + ".xhtml"
                    + (libraryName == null ? query : "?ln=" + libraryName + "&v=15.0.13");
            Resource resource = new Resource() {
                @Override
                public InputStream getInputStream() throws IOException {
                    return Files.newInputStream(file);
                }

                @Override
                public Map<String, String> getResponseHeaders() {
                    return Map.of();
                }

                @Override
                public String getRequestPath() {
                    return path;
                }

                @Override
                public URL getURL() {
                    try {
                        return file.toUri().toURL();
                    } catch (MalformedURLException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean userAgentNeedsUpdate(FacesContext context) {
                    return true;
                }
            };
            resource.setResourceName(resourceName);
            resource.setLibraryName(libraryName);
            return resource;
        }

        @Override
        public void handleResourceRequest(FacesContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isResourceRequest(FacesContext context) {
            return false;
        }

        @Override
        public boolean libraryExists(String libraryName) {
            return false;
        }

        @Override
        public String getRendererTypeForResourceName(String resourceName) {
            return null;
        }
    }
}

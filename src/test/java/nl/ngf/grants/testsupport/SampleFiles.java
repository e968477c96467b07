package nl.ngf.grants.testsupport;

import java.nio.charset.StandardCharsets;

/** Files as an applicant uploads them, for the tests. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** The smallest whole PDF: its version first, its end-of-file marker last. A new copy each time. */
    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}

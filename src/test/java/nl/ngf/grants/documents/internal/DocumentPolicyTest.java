package nl.ngf.grants.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ngf.grants.shared.DomainException;
import org.junit.jupiter.api.Test;

/** What an upload must be: small enough, of an allowed type read from its content, with a clean name. */
class DocumentPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXECUTABLE = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    final DocumentPolicy policy = new DocumentPolicy(1024 * 1024, DocumentPolicy.types("pdf,docx,xlsx"));

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private void refused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> policy.check(name, content))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aGoodPdfIsAcceptedAsPdf() {
        DocumentPolicy.Accepted accepted = policy.check("Herzien plan 2023.pdf", PDF);
        assertThat(accepted.fileName()).isEqualTo("Herzien plan 2023.pdf");
        assertThat(accepted.type().contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aWordDocumentIsRecognisedFromInsideTheZip() throws IOException {
        assertThat(policy.check("begroting.docx", docx()).type()).isEqualTo(DocumentPolicy.FileType.DOCX);
        refused("begroting.xlsx", docx(), "document.type.mismatch");
    }

    @Test
    void anExecutableNamedPdfIsRefused() {
        refused("plan.pdf", EXECUTABLE, "document.type.unknown");
    }

    @Test
    void aPdfNamedAsSomethingElseIsRefused() {
        refused("plan.docx", PDF, "document.type.mismatch");
        refused("plan.exe", PDF, "document.type.mismatch");
    }

    @Test
    void anAllowedLookingTypeThatIsNotConfiguredIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        refused("foto.png", png, "document.type.notAllowed");
    }

    @Test
    void aTooLargeFileIsRefused() {
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        refused("groot.pdf", large, "document.tooLarge");
        refused("leeg.pdf", new byte[0], "document.empty");
    }

    @Test
    void aPathInTheNameIsCutOffAndTheRestCleaned() {
        assertThat(policy.check("../../etc/passwd.pdf", PDF).fileName()).isEqualTo("passwd.pdf");
        assertThat(policy.check("..\\..\\windows\\plan.pdf", PDF).fileName()).isEqualTo("plan.pdf");
        assertThat(policy.check("plan<script>.pdf", PDF).fileName()).isEqualTo("plan_script_.pdf");
        assertThat(policy.check("..plan..pdf", PDF).fileName()).isEqualTo("plan.pdf");
        assertThat(policy.check("überzicht ë.pdf", PDF).fileName()).isEqualTo("überzicht ë.pdf");
        refused("../", PDF, "document.name.invalid");
    }
}

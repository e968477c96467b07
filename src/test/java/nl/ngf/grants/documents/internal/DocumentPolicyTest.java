package nl.ngf.grants.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        refused(policy, name, content, key);
    }

    private static void refused(DocumentPolicy policy, String name, byte[] content, String key) {
        assertThatThrownBy(() -> policy.check(name, content)).as(name)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** A small picture, as an image program writes it. */
    private static byte[] image(String format) throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 5, 0x1E4A7A);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(javax.imageio.ImageIO.write(picture, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A Word document whose text is stored unpacked, so that a test can damage it where it knows. */
    private static byte[] storedDocx() throws IOException {
        byte[] text = "<w:document><w:t>Begroting 2026</w:t></w:document>".getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            ZipEntry document = new ZipEntry("word/document.xml");
            document.setMethod(ZipEntry.STORED);
            document.setSize(text.length);
            document.setCrc(crc.getValue());
            zip.putNextEntry(document);
            zip.write(text);
        }
        return out.toByteArray();
    }

    private static byte[] flipped(byte[] content, int at) {
        byte[] copy = content.clone();
        copy[at] ^= 0x20;
        return copy;
    }

    private static int indexOf(byte[] content, byte[] part) {
        for (int at = 0; at + part.length <= content.length; at++) {
            if (Arrays.equals(content, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        throw new AssertionError("not in the content");
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

    /** What an upload cut short, or damaged on the way, looks like: refused as such, whatever its type. */
    @Test
    void aFileCutShortOrDamagedIsRefusedAsSuch() throws IOException {
        DocumentPolicy images = new DocumentPolicy(1024 * 1024, DocumentPolicy.types("pdf,docx,png,jpg"));
        byte[] png = image("png");
        byte[] jpeg = image("jpg");
        assertThat(images.check("foto.png", png).type()).isEqualTo(DocumentPolicy.FileType.PNG);
        assertThat(images.check("foto.jpg", jpeg).type()).isEqualTo(DocumentPolicy.FileType.JPEG);

        refused(images, "plan.pdf", Arrays.copyOf(PDF, PDF.length - 8), "document.malformed");
        refused(images, "plan.pdf", "%PDF-1.7 en verder niets dan tekst".getBytes(StandardCharsets.US_ASCII), "document.malformed");
        refused(images, "plan.pdf", "%PDF-x\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "document.malformed");
        refused(images, "foto.png", Arrays.copyOf(png, png.length - 5), "document.malformed");
        refused(images, "foto.png", flipped(png, 40), "document.malformed");
        refused(images, "foto.jpg", Arrays.copyOf(jpeg, jpeg.length - 2), "document.malformed");

        byte[] docx = storedDocx();
        assertThat(images.check("begroting.docx", docx).type()).isEqualTo(DocumentPolicy.FileType.DOCX);
        refused(images, "begroting.docx", Arrays.copyOf(docx, docx.length - 30), "document.malformed");
        int text = indexOf(docx, "Begroting 2026".getBytes(StandardCharsets.UTF_8));
        refused(images, "begroting.docx", flipped(docx, text + 3), "document.malformed");
    }

    /** Office files as an office library writes them (this application's own spreadsheet exports among them) are whole. */
    @Test
    void officeFilesAsWrittenByAnOfficeLibraryAreAccepted() throws IOException {
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var row = book.createSheet("Tranches").createRow(0);
            row.createCell(0).setCellValue("PPS Zorg");
            row.createCell(1).setCellValue(400_000.00);
            book.write(sheet);
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("Herzien plan");
            document.write(text);
        }
        assertThat(policy.check("tranches.xlsx", sheet.toByteArray()).type()).isEqualTo(DocumentPolicy.FileType.XLSX);
        assertThat(policy.check("plan.docx", text.toByteArray()).type()).isEqualTo(DocumentPolicy.FileType.DOCX);
    }

    /** A ZIP that unpacks to far more than any office file (a ZIP bomb) is not unpacked to the end, but refused. */
    @Test
    void aDocumentThatUnpacksToFarMoreThanItCouldHoldIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/leeg.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= DocumentPolicy.UNPACKED_PER_BYTE; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).as("small enough to upload").isLessThan(1024 * 1024);
        refused("bom.docx", out.toByteArray(), "document.malformed");
    }

    /**
     * The bomb before the entry that tells the type: telling the type unpacks no more than telling whether the file is
     * whole may, and the file is refused as damaged.
     */
    @Test
    void aBombBeforeTheDocumentsOwnEntriesIsNotUnpackedToItsEndEither() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/media/leeg.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 3 * DocumentPolicy.UNPACKED_PER_BYTE; i++) {
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bomb = out.toByteArray();
        long cap = 1024L * 1024 * DocumentPolicy.UNPACKED_PER_BYTE;

        DocumentPolicy.ZipScan scan = DocumentPolicy.scanZip(bomb, cap);
        assertThat(scan.whole()).isFalse();
        assertThat(scan.unpacked()).as("stopped just past the cap, not at the bomb's %d MB", 3 * cap >> 20).isLessThanOrEqualTo(cap + 8192);
        refused("bom.docx", bomb, "document.malformed");
    }

    /** A Word document cut short before the entry that says it is one: refused as damaged, not as of an unknown type. */
    @Test
    void anOfficeFileCutBeforeItsMainPartIsRefusedAsDamaged() throws IOException {
        byte[] docx = storedDocx();
        int main = indexOf(docx, "word/document.xml".getBytes(StandardCharsets.UTF_8));
        refused("begroting.docx", Arrays.copyOf(docx, main - 30), "document.malformed");

        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            zip.putNextEntry(new ZipEntry("notities.txt"));
            zip.write("geen kantoordocument".getBytes(StandardCharsets.UTF_8));
        }
        refused("notities.docx", archive.toByteArray(), "document.type.unknown");
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

    @Test
    void anAllowedTypeThatIsNoneTheApplicationKnowsStopsTheStartUpRatherThanRefusingEveryUpload() {
        assertThat(DocumentPolicy.types(" pdf, docx ,jpeg ")).containsExactlyInAnyOrder(DocumentPolicy.FileType.PDF,
                DocumentPolicy.FileType.DOCX, DocumentPolicy.FileType.JPEG);
        assertThatThrownBy(() -> DocumentPolicy.types("pdf,docs")).isInstanceOf(IllegalStateException.class)
                .hasMessage("ngf.documents.allowed-types names docs, which is none of [pdf, docx, xlsx, odt, ods, png, jpg]");
        assertThatThrownBy(() -> DocumentPolicy.types(" , ")).isInstanceOf(IllegalStateException.class)
                .hasMessage("ngf.documents.allowed-types names no type: nothing could be uploaded");
    }
}

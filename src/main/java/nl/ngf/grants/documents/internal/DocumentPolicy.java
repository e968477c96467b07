package nl.ngf.grants.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.ngf.grants.shared.DomainException;

/**
 * What may be uploaded: at most {@code maxBytes}, of an allowed type recognised from the first bytes
 * (and, for Office and OpenDocument files, from the entries inside the ZIP), with a name whose
 * extension matches that type, and whole: not cut short or damaged on the way, as far as the type's own
 * structure tells. The name is cut to its last path segment and cleaned.
 */
public final class DocumentPolicy {

    /** A type this application recognises from the content. */
    public enum FileType {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ODT("odt", "application/vnd.oasis.opendocument.text"),
        ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
        PNG("png", "image/png"),
        JPEG("jpg", "image/jpeg");

        final String extension;
        final String contentType;

        FileType(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        boolean matchesExtension(String ext) {
            return extension.equals(ext) || (this == JPEG && "jpeg".equals(ext));
        }
    }

    /** An accepted upload: the cleaned name and the type read from the content. */
    public record Accepted(String fileName, FileType type) {
    }

    static final int MAX_NAME = 200;

    private final long maxBytes;
    private final Set<FileType> allowed;

    public DocumentPolicy(long maxBytes, Set<FileType> allowed) {
        this.maxBytes = maxBytes;
        this.allowed = Set.copyOf(allowed);
    }

    /** Parses the configured list, e.g. "pdf,docx,xlsx". */
    public static Set<FileType> types(String extensions) {
        Set<FileType> types = new HashSet<>();
        for (String ext : extensions.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            Arrays.stream(FileType.values()).filter(t -> t.matchesExtension(ext)).forEach(types::add);
        }
        return types;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Set<FileType> allowed() {
        return allowed;
    }

    public Accepted check(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("document.empty");
        }
        if (content.length > maxBytes) {
            throw new DomainException("document.tooLarge", maxBytes / (1024 * 1024));
        }
        String name = cleanName(originalName);
        FileType type = detect(content).orElseThrow(() -> new DomainException("document.type.unknown"));
        if (!allowed.contains(type)) {
            throw new DomainException("document.type.notAllowed", type.extension);
        }
        if (!type.matchesExtension(extension(name))) {
            throw new DomainException("document.type.mismatch", type.extension);
        }
        if (!whole(type, content)) {
            throw new DomainException("document.malformed");
        }
        return new Accepted(name, type);
    }

    /** The last path segment, normalised, with anything but letters, digits and . _ - ( ) space replaced. */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}]", "")
                .replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_")
                .replaceAll("\\.{2,}", ".")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_NAME) {
            String ext = extension(name);
            name = name.substring(0, MAX_NAME - ext.length() - 1) + "." + ext;
        }
        if (name.isBlank() || name.startsWith(".")) {
            throw new DomainException("document.name.invalid");
        }
        return name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 0x03, 0x04})) {
            return zipType(content);
        }
        return Optional.empty();
    }

    /** Office Open XML and OpenDocument files are ZIPs; what is inside tells which. */
    private static Optional<FileType> zipType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    return Optional.of(FileType.DOCX);
                }
                if (name.equals("xl/workbook.xml")) {
                    return Optional.of(FileType.XLSX);
                }
                if (name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (mimetype.equals(FileType.ODT.contentType)) {
                        return Optional.of(FileType.ODT);
                    }
                    if (mimetype.equals(FileType.ODS.contentType)) {
                        return Optional.of(FileType.ODS);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** How much a ZIP-based document may unpack to, per byte uploaded: far above any office file, far below a ZIP bomb. */
    static final int UNPACKED_PER_BYTE = 100;

    /** Whether the content is whole, as far as its type's structure tells: an upload cut short or damaged is refused. */
    boolean whole(FileType type, byte[] content) {
        return switch (type) {
            case PDF -> pdfWhole(content);
            case PNG -> pngWhole(content);
            case JPEG -> jpegWhole(content);
            case DOCX, XLSX, ODT, ODS -> zipWhole(content, Math.max(maxBytes, content.length) * UNPACKED_PER_BYTE);
        };
    }

    private static final Pattern PDF_HEADER = Pattern.compile("%PDF-\\d\\.\\d\\s.*", Pattern.DOTALL);

    /** A PDF names its version first and ends with its end-of-file marker, which readers look for in the last 1,024 bytes. */
    private static boolean pdfWhole(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 16), StandardCharsets.ISO_8859_1);
        return PDF_HEADER.matcher(head).matches() && foundNearTheEnd(content, "%%EOF".getBytes(StandardCharsets.US_ASCII), 1024);
    }

    /** A PNG is a run of chunks, each with its checksum, from its header chunk to its end chunk. */
    private static boolean pngWhole(byte[] content) {
        int at = 8;
        boolean first = true;
        while (content.length - at >= 12) {
            long length = Integer.toUnsignedLong(readInt(content, at));
            if (length > content.length - at - 12L) {
                return false;
            }
            String chunk = new String(content, at + 4, 4, StandardCharsets.US_ASCII);
            if (first && !chunk.equals("IHDR")) {
                return false;
            }
            CRC32 crc = new CRC32();
            crc.update(content, at + 4, 4 + (int) length);
            if (crc.getValue() != Integer.toUnsignedLong(readInt(content, at + 8 + (int) length))) {
                return false;
            }
            if (chunk.equals("IEND")) {
                return true;
            }
            at += 12 + (int) length;
            first = false;
        }
        return false;
    }

    /** A JPEG ends with its end-of-image marker (some cameras add a little after it). */
    private static boolean jpegWhole(byte[] content) {
        return foundNearTheEnd(content, new byte[] {(byte) 0xFF, (byte) 0xD9}, 1024);
    }

    /**
     * An Office or OpenDocument file, a ZIP, ends with its central directory, and each entry unpacks with the checksum
     * it was packed with; unpacking stops, refused, beyond {@code maxUnpacked}.
     */
    private static boolean zipWhole(byte[] content, long maxUnpacked) {
        // The end-of-central-directory record: 22 bytes, followed by a comment of at most 65,535.
        if (!foundNearTheEnd(content, new byte[] {'P', 'K', 5, 6}, 22 + 65_535)) {
            return false;
        }
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > maxUnpacked) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean foundNearTheEnd(byte[] content, byte[] marker, int window) {
        for (int at = content.length - marker.length; at >= Math.max(0, content.length - window); at--) {
            if (Arrays.equals(content, at, at + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    private static int readInt(byte[] content, int at) {
        return ((content[at] & 0xFF) << 24) | ((content[at + 1] & 0xFF) << 16) | ((content[at + 2] & 0xFF) << 8) | (content[at + 3] & 0xFF);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}

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

    /**
     * Parses the configured list, e.g. "pdf,docx,xlsx"; a name that is no type this application recognises ("docs" for
     * docx), or none at all, stops the start-up rather than quietly refusing every such upload.
     */
    public static Set<FileType> types(String extensions) {
        Set<FileType> types = new HashSet<>();
        for (String ext : extensions.toLowerCase(Locale.ROOT).strip().split("[,\\s]+")) {
            if (ext.isEmpty()) {
                continue;
            }
            FileType type = Arrays.stream(FileType.values()).filter(t -> t.matchesExtension(ext)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("ngf.documents.allowed-types names " + ext + ", which is none of "
                            + Arrays.stream(FileType.values()).map(FileType::extension).toList()));
            types.add(type);
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("ngf.documents.allowed-types names no type: nothing could be uploaded");
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
        // A ZIP is walked once: what its entries are tells the type, and unpacking each tells whether it is whole.
        ZipScan zip = isZip(content) ? scanZip(content, maxUnpacked(content)) : null;
        if (zip != null && zip.type().isEmpty() && !zip.whole()) {
            // Cut short or damaged before the entry that would have told its type: say what is wrong with it.
            throw new DomainException("document.malformed");
        }
        FileType type = (zip != null ? zip.type() : detect(content)).orElseThrow(() -> new DomainException("document.type.unknown"));
        if (!allowed.contains(type)) {
            throw new DomainException("document.type.notAllowed", type.extension);
        }
        if (!type.matchesExtension(extension(name))) {
            throw new DomainException("document.type.mismatch", type.extension);
        }
        if (zip != null ? !zip.whole() : !whole(type, content)) {
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

    /** The type the first bytes say, of a file that is not a ZIP (which {@link #scanZip} reads). */
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
        return Optional.empty();
    }

    private static boolean isZip(byte[] content) {
        return startsWith(content, new byte[] {'P', 'K', 0x03, 0x04});
    }

    /** How much a ZIP-based document may unpack to, per byte uploaded: far above any office file, far below a ZIP bomb. */
    static final int UNPACKED_PER_BYTE = 100;

    private long maxUnpacked(byte[] content) {
        return Math.max(maxBytes, content.length) * UNPACKED_PER_BYTE;
    }

    /**
     * What one walk through a ZIP found: the document type its entries say (Office Open XML by its main part,
     * OpenDocument by its {@code mimetype} entry), whether it is whole, and how many bytes it unpacked.
     */
    record ZipScan(Optional<FileType> type, boolean whole, long unpacked) {
    }

    /**
     * Walks a ZIP's entries once, unpacking each: whole when it ends with its central directory and every entry
     * unpacks with the checksum it was packed with. Unpacking stops, not whole, beyond {@code maxUnpacked}, wherever
     * in the file the entry that tells its type is.
     */
    static ZipScan scanZip(byte[] content, long maxUnpacked) {
        // The end-of-central-directory record: 22 bytes, followed by a comment of at most 65,535.
        boolean ends = foundNearTheEnd(content, new byte[] {'P', 'K', 5, 6}, 22 + 65_535);
        FileType type = null;
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (type == null) {
                    type = typeOf(entry.getName(), zip).orElse(null);
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > maxUnpacked) {
                        return new ZipScan(Optional.ofNullable(type), false, unpacked);
                    }
                }
            }
            return new ZipScan(Optional.ofNullable(type), ends, unpacked);
        } catch (IOException | IllegalArgumentException e) {
            return new ZipScan(Optional.ofNullable(type), false, unpacked);
        }
    }

    /** The type an entry says, by its name or, for OpenDocument's {@code mimetype}, by its first (at most 100) bytes. */
    private static Optional<FileType> typeOf(String name, ZipInputStream zip) throws IOException {
        return switch (name) {
            case "word/document.xml" -> Optional.of(FileType.DOCX);
            case "xl/workbook.xml" -> Optional.of(FileType.XLSX);
            case "mimetype" -> {
                String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                yield Arrays.stream(new FileType[] {FileType.ODT, FileType.ODS}).filter(t -> t.contentType.equals(mimetype)).findFirst();
            }
            default -> Optional.empty();
        };
    }

    /**
     * Whether a file that is not a ZIP is whole, as far as its type's structure tells: an upload cut short or
     * damaged is refused. A ZIP-based type is judged by {@link #scanZip}, in the same walk that found its type.
     */
    private static boolean whole(FileType type, byte[] content) {
        return switch (type) {
            case PDF -> pdfWhole(content);
            case PNG -> pngWhole(content);
            case JPEG -> jpegWhole(content);
            case DOCX, XLSX, ODT, ODS -> throw new IllegalArgumentException(type + " is judged by scanZip");
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

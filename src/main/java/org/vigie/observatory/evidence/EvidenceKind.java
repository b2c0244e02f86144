package org.vigie.observatory.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The kinds of file Vigie accepts, recognised by their first bytes rather than by their name or by what the
 * browser says: photos (JPEG, PNG), documents (PDF), recordings (MP3, M4A or AAC in MP4, 3GPP, AMR, OGG) and
 * videos (MP4, 3GPP) as an incident's
 * evidence; PDF, photos and office files (Word, Excel, PowerPoint, OpenDocument) as a progress report's
 * attachments. An office file is a ZIP: it is recognised by the names in its central directory (OOXML) or its
 * {@code mimetype} entry (OpenDocument), read without inflating anything else. Legacy binary office files (.doc,
 * .xls) are refused: they are where macros hide, and every office suite saves the newer formats.
 */
enum EvidenceKind {
    JPEG("image/jpeg", FileCheck.Accepting.EVIDENCE, FileCheck.Accepting.DOCUMENTS),
    PNG("image/png", FileCheck.Accepting.EVIDENCE, FileCheck.Accepting.DOCUMENTS),
    PDF("application/pdf", FileCheck.Accepting.EVIDENCE, FileCheck.Accepting.DOCUMENTS),
    MP3("audio/mpeg", FileCheck.Accepting.EVIDENCE),
    M4A("audio/mp4", FileCheck.Accepting.EVIDENCE),
    OGG("audio/ogg", FileCheck.Accepting.EVIDENCE),
    AMR("audio/amr", FileCheck.Accepting.EVIDENCE),
    AMR_WB("audio/amr-wb", FileCheck.Accepting.EVIDENCE),
    AUDIO_3GPP("audio/3gpp", FileCheck.Accepting.EVIDENCE),
    VIDEO_3GPP("video/3gpp", FileCheck.Accepting.EVIDENCE),
    MP4("video/mp4", FileCheck.Accepting.EVIDENCE),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileCheck.Accepting.DOCUMENTS),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileCheck.Accepting.DOCUMENTS),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", FileCheck.Accepting.DOCUMENTS),
    ODT("application/vnd.oasis.opendocument.text", FileCheck.Accepting.DOCUMENTS),
    ODS("application/vnd.oasis.opendocument.spreadsheet", FileCheck.Accepting.DOCUMENTS),
    ODP("application/vnd.oasis.opendocument.presentation", FileCheck.Accepting.DOCUMENTS);

    private final String contentType;
    private final Set<FileCheck.Accepting> accepted;

    EvidenceKind(String contentType, FileCheck.Accepting... accepted) {
        this.contentType = contentType;
        this.accepted = Set.of(accepted);
    }

    String contentType() {
        return contentType;
    }

    boolean acceptedAs(FileCheck.Accepting use) {
        return accepted.contains(use);
    }

    static Optional<EvidenceKind> of(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(b, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (ascii(b, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (ascii(b, 0, "ID3") || (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2)) {
            return Optional.of(MP3);
        }
        if (ascii(b, 0, "#!AMR-WB\n")) {
            return Optional.of(AMR_WB);
        }
        if (ascii(b, 0, "#!AMR\n")) {
            return Optional.of(AMR);
        }
        if (ascii(b, 4, "ftyp")) {
            return Optional.of(isoMedia(b));
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return office(b);
        }
        return Optional.empty();
    }

    /**
     * An ISO base media file (MP4, M4A, 3GP) is audio when it says so by its brand ({@code M4A }) or when every
     * track it holds is a sound track: Android's recorder, which ODK Collect uses, writes AAC recordings under
     * the brands {@code isom}, {@code mp42} or {@code 3gp4}, the same as a video's. The tracks' handler types
     * ({@code moov/trak/mdia/hdlr}) are read by walking the boxes' sizes, nothing decoded.
     */
    private static EvidenceKind isoMedia(byte[] b) {
        boolean threeGpp = ascii(b, 8, "3gp") || ascii(b, 8, "3g2");
        if (ascii(b, 8, "M4A ") || ascii(b, 8, "M4B ")) {
            return M4A;
        }
        List<String> handlers = new ArrayList<>();
        Box moov = child(b, 0, b.length, "moov");
        if (moov != null) {
            for (int at = moov.body(); at + 8 <= moov.end(); ) {
                Box trak = box(b, at, moov.end());
                if (trak == null) {
                    break;
                }
                if (trak.type().equals("trak")) {
                    Box mdia = child(b, trak.body(), trak.end(), "mdia");
                    Box hdlr = mdia == null ? null : child(b, mdia.body(), mdia.end(), "hdlr");
                    // hdlr: version and flags (4 bytes), pre_defined (4), then the handler type.
                    if (hdlr != null && hdlr.body() + 12 <= hdlr.end()) {
                        handlers.add(new String(b, hdlr.body() + 8, 4, StandardCharsets.US_ASCII));
                    }
                }
                at = trak.end();
            }
        }
        boolean audio = !handlers.isEmpty() && handlers.stream().allMatch("soun"::equals);
        return threeGpp ? (audio ? AUDIO_3GPP : VIDEO_3GPP) : (audio ? M4A : MP4);
    }

    /** A box: where its contents begin and where it ends. */
    private record Box(String type, int body, int end) {
    }

    private static Box child(byte[] b, int from, int to, String type) {
        for (int at = from; at + 8 <= to; ) {
            Box box = box(b, at, to);
            if (box == null) {
                return null;
            }
            if (box.type().equals(type)) {
                return box;
            }
            at = box.end();
        }
        return null;
    }

    /** The box at {@code at}, or null if its size does not fit in {@code to}: a broken file is no kind we take apart. */
    private static Box box(byte[] b, int at, int to) {
        long size = ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
        String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
        int header = 8;
        if (size == 1) {
            // A 64-bit size follows the type (large media data).
            if (at + 16 > to) {
                return null;
            }
            size = 0;
            for (int i = 0; i < 8; i++) {
                size = (size << 8) | (b[at + 8 + i] & 0xFFL);
            }
            header = 16;
        } else if (size == 0) {
            size = to - at;
        }
        if (size < header || at + size > to) {
            return null;
        }
        return new Box(type, at + header, (int) (at + size));
    }

    /** An OOXML or OpenDocument file by what its ZIP holds; any other ZIP (or a broken one) is not a kind we take. */
    private static Optional<EvidenceKind> office(byte[] b) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(b)).get()) {
            Set<String> names = Collections.list(zip.getEntries()).stream().map(ZipArchiveEntry::getName).collect(Collectors.toSet());
            if (names.contains("[Content_Types].xml")) {
                return names.contains("word/document.xml") ? Optional.of(DOCX)
                        : names.contains("xl/workbook.xml") ? Optional.of(XLSX)
                        : names.contains("ppt/presentation.xml") ? Optional.of(PPTX) : Optional.empty();
            }
            ZipArchiveEntry mimetype = zip.getEntry("mimetype");
            if (mimetype == null) {
                return Optional.empty();
            }
            String type;
            try (InputStream in = zip.getInputStream(mimetype)) {
                type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
            }
            return Arrays.stream(new EvidenceKind[] {ODT, ODS, ODP}).filter(k -> k.contentType.equals(type)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean starts(byte[] b, int... expected) {
        if (b.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String expected) {
        byte[] e = expected.getBytes(StandardCharsets.US_ASCII);
        return b.length >= at + e.length && Arrays.equals(b, at, at + e.length, e, 0, e.length);
    }
}

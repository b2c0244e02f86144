package org.vigie.observatory.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence file Vigie accepts, recognised by their first bytes rather than by their name or by
 * what the browser says: photos (JPEG, PNG), documents (PDF), recordings (MP3, M4A, OGG) and videos (MP4).
 */
enum EvidenceKind {
    JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf"), MP3("audio/mpeg"), M4A("audio/mp4"), OGG("audio/ogg"), MP4("video/mp4");

    private final String contentType;

    EvidenceKind(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
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
        if (ascii(b, 4, "ftyp")) {
            return Optional.of(ascii(b, 8, "M4A ") || ascii(b, 8, "M4B ") ? M4A : MP4);
        }
        return Optional.empty();
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

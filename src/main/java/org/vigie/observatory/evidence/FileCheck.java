package org.vigie.observatory.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vigie.errors.InvalidInput;

/**
 * The checks every file Vigie keeps goes through, an incident's evidence as a progress report's attachment: not
 * empty, at most {@link #MAX_BYTES}, a kind recognised by its first bytes (never by its name) and accepted for its
 * use, a name that cannot break a download header, and its SHA-256 to show later that it did not change.
 */
public final class FileCheck {
    public static final long MAX_BYTES = 15L * 1024 * 1024;

    /** What a file is kept as: an incident's evidence (photos, documents, recordings) or a report's document. */
    public enum Accepting {
        EVIDENCE, DOCUMENTS
    }

    /** A file that passed: its clean name, its recognised type, its size and digest. */
    public record Checked(String name, String contentType, long sizeBytes, String sha256) {
    }

    private FileCheck() {
    }

    /**
     * Checks {@code content} for {@code use}; a refusal names {@code field} with what is wrong, as one of
     * {@code observatory.evidence.empty}, {@code .too_large} (the limit in MB) or {@code .unknown_type}.
     */
    public static Checked check(String field, String fileName, byte[] content, Accepting use) {
        if (content == null || content.length == 0) {
            throw new InvalidInput(field, "observatory.evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput(field, "observatory.evidence.too_large", MAX_BYTES / (1024 * 1024));
        }
        EvidenceKind kind = EvidenceKind.of(content).filter(k -> k.acceptedAs(use))
                .orElseThrow(() -> new InvalidInput(field, "observatory.evidence.unknown_type"));
        return new Checked(cleanName(fileName), kind.contentType(), content.length, sha256(content));
    }

    /** The name without folders or characters that could break a download header. */
    static String cleanName(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

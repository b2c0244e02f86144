package org.vigie.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement, kept outside the database, that the audit trail held {@code seq} entries and
 * that the last of them carried {@code mac}, at {@code at}. A database whose chain ends before
 * {@code seq}, or whose entry {@code seq} carries another MAC, was cut or rewritten.
 *
 * @param signature Ed25519 over {@link #signedBytes()}, in Base64
 */
public record Checkpoint(long seq, String mac, Instant at, String signature) {
    public Checkpoint {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(at, "at");
        if (seq < 1) {
            throw new IllegalArgumentException("a checkpoint covers at least one entry");
        }
    }

    /** What the signature covers: a fixed label, so that no other signed text can pass for a checkpoint. */
    byte[] signedBytes() {
        return ("vigie-audit-checkpoint:v1\n" + seq + "\n" + mac + "\n" + at).getBytes(StandardCharsets.UTF_8);
    }

    /** One line for a printed page: enough to check the trail against it later. */
    public String summary() {
        return "#" + seq + " " + mac.substring(0, 16) + "… " + at;
    }
}

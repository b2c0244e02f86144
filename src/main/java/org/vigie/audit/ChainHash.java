package org.vigie.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What links an audit entry to the one before it. Each field is written with its length before it,
 * so no choice of values can make two different entries alike.
 *
 * <p>Entries are chained by an HMAC-SHA-256 under the audit key, which is never in the database:
 * whoever can write the table but does not hold the key cannot recompute the chain after an edit.
 * Entries written before the key existed keep their plain SHA-256 ({@link #legacy}); the first keyed
 * entry of such a chain is {@code audit.chain_keyed} ({@link AuditStore#keyLegacyChain}).
 */
final class ChainHash {
    static final String GENESIS = "0".repeat(64);
    private final SecretKeySpec key;

    ChainHash(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The keyed link of an entry. */
    String of(long id, Instant at, String actor, String action, String target, String ip, String details, String prevHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message(id, at, actor, action, target, ip, details, prevHash)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key's fingerprint, HMAC-SHA-256 of the label {@code org.vigie.crypto.KeyFingerprints} uses: compared
     * across nodes without the key leaving this class (a chain's message, length-prefixed, never equals it).
     */
    String fingerprint() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal("vigie key fingerprint v1".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String of(AuditEntry e) {
        return of(e.id(), e.at(), e.actor(), e.action(), e.target(), e.ip(), e.details(), e.prevHash());
    }

    /** The plain SHA-256 link of the entries written before the chain was keyed. */
    static String legacy(long id, Instant at, String actor, String action, String target, String ip,
                         String details, String prevHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(message(id, at, actor, action, target, ip, details, prevHash));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String legacy(AuditEntry e) {
        return legacy(e.id(), e.at(), e.actor(), e.action(), e.target(), e.ip(), e.details(), e.prevHash());
    }

    private static byte[] message(long id, Instant at, String actor, String action, String target, String ip,
                                  String details, String prevHash) {
        StringBuilder sb = new StringBuilder(256);
        for (String field : new String[] {Long.toString(id), at.toString(), actor, action, target, ip, details, prevHash}) {
            sb.append(field.length()).append(':').append(field).append(';');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package org.vigie.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The fingerprints of the keys every node of one database must share, kept in {@code key_fingerprint}
 * (V110): the first node records them, a node whose keys differ refuses to start, rather than write what the
 * other nodes cannot read or check. A fingerprint tells nothing of its key: a secret key's is the HMAC-SHA-256
 * of a fixed label under the key itself, a signing key's the SHA-256 of its public keyset.
 */
public final class KeyFingerprints {
    private static final byte[] LABEL = "vigie key fingerprint v1".getBytes(StandardCharsets.UTF_8);
    private final Jdbi jdbi;

    public KeyFingerprints(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One key as this node holds it.
     *
     * @param name        the key's name in the table ({@code fields}, {@code csrf})
     * @param description the key in words, with where it comes from, for the refusal
     * @param fingerprint 64 hexadecimal digits ({@link #ofSecret}, {@link #ofPublic})
     */
    public record Key(String name, String description, String fingerprint) {
        public Key {
            if (!name.matches("[a-z][a-z0-9-]{0,40}")) {
                throw new IllegalArgumentException("a key's name is lower-case letters, digits and hyphens: " + name);
            }
            if (!fingerprint.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a fingerprint is 64 hexadecimal digits");
            }
        }
    }

    /** Thrown when this node's keys are not those the database was written with; the message says which and what to do. */
    public static final class KeysDiffer extends IOException {
        KeysDiffer(String message) {
            super(message);
        }
    }

    /** The fingerprint of a secret key: HMAC-SHA-256 of a fixed label under the key. */
    public static String ofSecret(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java", e);
        }
    }

    /** The fingerprint of a signing key: the SHA-256 of its public keyset (Tink JSON). */
    public static String ofPublic(String publicKeyset) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKeyset.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * Records the fingerprints the database has none of yet, under {@code node}'s name, and checks the others
     * against {@code keys}; throws {@link KeysDiffer} naming every key that differs. Nodes starting together
     * agree: the first insert wins and the others compare with it.
     */
    public void checkOrRecord(List<Key> keys, String node) throws KeysDiffer {
        Map<String, String[]> recorded = jdbi.inTransaction(h -> {
            for (Key k : keys) {
                h.createUpdate("INSERT INTO key_fingerprint (name, fingerprint, recorded_by) VALUES (:n, :f, :by) "
                        + "ON CONFLICT (name) DO NOTHING").bind("n", k.name()).bind("f", k.fingerprint()).bind("by", node).execute();
            }
            return h.createQuery("SELECT name, fingerprint, recorded_by, to_char(recorded_at AT TIME ZONE 'UTC', "
                            + "'YYYY-MM-DD HH24:MI:SS \"UTC\"') AS recorded_at FROM key_fingerprint")
                    .mapToMap(String.class).stream()
                    .collect(Collectors.toMap(r -> r.get("name"), r -> new String[] {r.get("name"), r.get("fingerprint"),
                            r.get("recorded_by"), r.get("recorded_at")}));
        });
        List<String> differ = keys.stream().filter(k -> !recorded.get(k.name())[1].equals(k.fingerprint()))
                .map(k -> k.description() + " (recorded by " + recorded.get(k.name())[2] + " at " + recorded.get(k.name())[3] + ")")
                .toList();
        if (!differ.isEmpty()) {
            throw new KeysDiffer("this node's keys differ from those the database was written with: " + String.join("; ", differ)
                    + ". Every node of one database needs the same keys: copy the keys directory of a node that serves this "
                    + "database into this node's data directory (or set VIGIE_FIELD_KEYSET and VIGIE_AUDIT_KEY as the other nodes "
                    + "have them), then start again; docs/scaling.md, \"Keys\". Nothing was written.");
        }
    }

    /** Replaces a key's fingerprint in {@code h}'s transaction, when the key itself is replaced ({@code vigie keys rotate}). */
    static void replace(Handle h, Key key, String by) {
        h.createUpdate("INSERT INTO key_fingerprint (name, fingerprint, recorded_by) VALUES (:n, :f, :by) "
                        + "ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, recorded_by = excluded.recorded_by, "
                        + "recorded_at = now()")
                .bind("n", key.name()).bind("f", key.fingerprint()).bind("by", by).execute();
    }
}

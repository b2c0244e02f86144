package org.vigie.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encrypts sensitive fields (identities, second-factor secrets) with AES-256-GCM before they reach
 * the database. The key never enters the database: it lives in a key file beside the data, or in
 * the {@code VIGIE_FIELD_KEYSET} environment variable, so a copy of the database alone reveals
 * nothing. Each ciphertext is bound to its record by associated data (table, column, id), so a
 * ciphertext moved to another record does not decrypt.
 *
 * <p>The keyset may hold several keys: the primary encrypts, every key decrypts what it encrypted,
 * so that {@code vigie keys rotate} can add a new primary, re-encrypt every record and only then drop
 * the old keys ({@link KeyRotation}). A cipher is immutable: rotation builds new ones.
 *
 * <p><b>Large values</b> (evidence files, photos, media, job files: from {@link #LARGE} bytes) are sealed by
 * envelope: a random 32-byte data key, wrapped by the keyset's AEAD (associated data {@code key|CONTEXT}),
 * encrypts the value with Tink's streaming AEAD (AES-256-GCM-HKDF, 4 KB segments, associated data
 * {@code CONTEXT}). Stored as {@code "VS" 1 | wrapped key's length (2 bytes) | wrapped key | stream}. Tink's
 * one-shot AES-GCM makes one pass of GHASH over the whole value, which HotSpot runs as Java code (about 20 ms a
 * megabyte) because the call that would be replaced by CLMUL instructions is made too rarely to be compiled; the
 * segments make it hot within a few files (about 2 ms a megabyte). Rotation needs nothing new: the data key's
 * wrapping names the keyset key, and {@link KeyRotation} re-encrypts through {@link #encrypt} as for any value.
 * Values sealed before keep Tink's own format (its first byte is 1), which {@link #decrypt} still reads. A Tink
 * streaming keyset of its own would do without the three-field frame, but would add a second key to keep, pass
 * to every node ({@code VIGIE_FIELD_KEYSET}), fingerprint, back up and rotate; the envelope keeps one keyset.</p>
 */
public final class FieldCipher {
    static final String ENV = "VIGIE_FIELD_KEYSET";
    /** From this size in bytes a value is sealed by envelope with the streaming AEAD (see the class comment). */
    public static final int LARGE = 64 * 1024;
    private static final byte[] ENVELOPE = {'V', 'S', 1};
    private static final int DATA_KEY_BYTES = 32;
    private static final int SEGMENT_BYTES = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeysetHandle keyset;
    private final Aead aead;
    private final boolean fromEnvironment;

    private FieldCipher(KeysetHandle keyset, boolean fromEnvironment) throws GeneralSecurityException {
        this.keyset = keyset;
        this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.fromEnvironment = fromEnvironment;
    }

    /**
     * The associated data of a value stored in {@code table.column} of row {@code id}: every encrypted
     * column uses it, so that {@link KeyRotation} can re-encrypt any of them ({@code victim.identity:42}).
     */
    public static String context(String table, String column, long id) {
        return table + "." + column + ":" + id;
    }

    /**
     * Loads the keyset from {@code VIGIE_FIELD_KEYSET} if set, else from {@code keyFile}, creating a
     * new key there (readable by its owner only) on first use.
     */
    public static FieldCipher load(Path keyFile, String keysetFromEnv) throws IOException {
        try {
            AeadConfig.register();
            if (keysetFromEnv != null && !keysetFromEnv.isBlank()) {
                return new FieldCipher(TinkJsonProtoKeysetFormat.parseKeyset(keysetFromEnv, InsecureSecretKeyAccess.get()), true);
            }
            if (!Files.exists(keyFile)) {
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                SecretFiles.writePrivate(keyFile, TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get()));
            }
            String json = Files.readString(keyFile, StandardCharsets.UTF_8);
            return new FieldCipher(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()), false);
        } catch (GeneralSecurityException e) {
            throw new IOException("the field encryption key in " + keyFile + " cannot be read: " + e.getMessage(), e);
        }
    }

    public byte[] encrypt(byte[] plaintext, String context) {
        byte[] associated = context.getBytes(StandardCharsets.UTF_8);
        try {
            return plaintext.length >= LARGE ? seal(plaintext, associated) : aead.encrypt(plaintext, associated);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts; throws {@link IllegalStateException} when the key or the context does not match. */
    public byte[] decrypt(byte[] ciphertext, String context) {
        byte[] associated = context.getBytes(StandardCharsets.UTF_8);
        try {
            if (enveloped(ciphertext)) {
                try {
                    return open(ciphertext, associated);
                } catch (GeneralSecurityException | IOException e) {
                    // a keyset given in the environment may hold keys without Tink's prefix, whose values
                    // start with random bytes: one in 16 million begins like an envelope
                    return aead.decrypt(ciphertext, associated);
                }
            }
            return aead.decrypt(ciphertext, associated);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or the value was moved from another record", e);
        }
    }

    private byte[] seal(byte[] plaintext, byte[] associated) throws GeneralSecurityException, IOException {
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        try {
            byte[] wrapped = aead.encrypt(dataKey, keyContext(associated));
            AesGcmHkdfStreaming stream = streaming(dataKey);
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    ENVELOPE.length + 2 + wrapped.length + (int) stream.expectedCiphertextSize(plaintext.length));
            out.write(ENVELOPE);
            out.write(wrapped.length >>> 8);
            out.write(wrapped.length & 0xff);
            out.write(wrapped);
            try (OutputStream sealing = stream.newEncryptingStream(out, associated)) {
                sealing.write(plaintext);
            }
            return out.toByteArray();
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private byte[] open(byte[] ciphertext, byte[] associated) throws GeneralSecurityException, IOException {
        ByteBuffer in = ByteBuffer.wrap(ciphertext, ENVELOPE.length, ciphertext.length - ENVELOPE.length);
        if (in.remaining() < 2) {
            throw new GeneralSecurityException("sealed value cut short");
        }
        int wrappedLength = in.getShort() & 0xffff;
        if (in.remaining() < wrappedLength) {
            throw new GeneralSecurityException("sealed value cut short");
        }
        byte[] wrapped = new byte[wrappedLength];
        in.get(wrapped);
        byte[] dataKey = aead.decrypt(wrapped, keyContext(associated));
        try (InputStream opening = streaming(dataKey).newDecryptingStream(
                new ByteArrayInputStream(ciphertext, in.position(), in.remaining()), associated)) {
            return opening.readAllBytes();
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static boolean enveloped(byte[] ciphertext) {
        return ciphertext.length >= ENVELOPE.length && Arrays.equals(ciphertext, 0, ENVELOPE.length, ENVELOPE, 0, ENVELOPE.length);
    }

    /** The associated data of a wrapped data key: not the value's own, so neither can stand in for the other. */
    private static byte[] keyContext(byte[] associated) {
        byte[] prefix = "key|".getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(prefix, prefix.length + associated.length);
        System.arraycopy(associated, 0, out, prefix.length, associated.length);
        return out;
    }

    private static AesGcmHkdfStreaming streaming(byte[] dataKey) throws GeneralSecurityException {
        return new AesGcmHkdfStreaming(dataKey, "HmacSha256", DATA_KEY_BYTES, SEGMENT_BYTES, 0);
    }

    public byte[] encryptString(String plaintext, String context) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    public String decryptString(byte[] ciphertext, String context) {
        return new String(decrypt(ciphertext, context), StandardCharsets.UTF_8);
    }

    /** Whether the keyset came from {@code VIGIE_FIELD_KEYSET} rather than a key file. */
    public boolean fromEnvironment() {
        return fromEnvironment;
    }

    /** How many keys the keyset holds (the primary and older ones kept for decryption). */
    public int keyCount() {
        return keyset.size();
    }

    /** This keyset plus a new AES-256-GCM key that becomes the primary; the old keys still decrypt. */
    FieldCipher withNewPrimary() {
        try {
            KeysetHandle.Builder b = KeysetHandle.newBuilder(keyset);
            KeysetHandle.Builder.Entry fresh = KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId();
            b.addEntry(fresh);
            fresh.makePrimary();
            return new FieldCipher(b.build(), fromEnvironment);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot add a key to the keyset", e);
        }
    }

    /** This keyset with only its primary key: what the older keys encrypted no longer decrypts. */
    FieldCipher primaryOnly() {
        try {
            KeysetHandle.Builder b = KeysetHandle.newBuilder(keyset);
            for (int i = b.size() - 1; i >= 0; i--) {
                if (!b.getAt(i).isPrimary()) {
                    b.deleteAt(i);
                }
            }
            return new FieldCipher(b.build(), fromEnvironment);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot drop the old keys", e);
        }
    }

    /**
     * The keyset's fingerprint ({@link KeyFingerprints#ofSecret} of its serialised keys): the same on every node
     * that holds the same keys, from a file or the environment alike.
     */
    public KeyFingerprints.Key fingerprint() {
        try {
            return new KeyFingerprints.Key("fields", "the field encryption keyset (keys/fields.json or " + ENV + ")",
                    KeyFingerprints.ofSecret(TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot serialise the keyset", e);
        }
    }

    /** The keyset in Tink's JSON format, key material included: for the key file or the operator. */
    String keysetJson() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot serialise the keyset", e);
        }
    }

    static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static java.util.Set<java.nio.file.attribute.PosixFilePermission> ownerOnly() {
        return PosixFilePermissions.fromString("rw-------");
    }
}

package org.vigie.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

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
 */
public final class FieldCipher {
    static final String ENV = "VIGIE_FIELD_KEYSET";
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
        try {
            return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts; throws {@link IllegalStateException} when the key or the context does not match. */
    public byte[] decrypt(byte[] ciphertext, String context) {
        try {
            return aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or the value was moved from another record", e);
        }
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

package org.vigie.audit;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * An Ed25519 signing key (Tink) kept in the keys directory: {@code <name>.json} holds the private keyset,
 * readable by its owner only, created on first use; {@code <name>.pub.json} the public keyset, to be handed
 * to whoever checks what was signed. In the audit package, whose checkpoints it signs first (the field
 * encryption keys in {@code crypto} record their rotations in the audit, so the audit cannot depend on them).
 * Used for the audit checkpoints and the public portal's manifests.
 */
public final class SigningKey {
    private final PublicKeySign sign;
    private final PublicKeyVerify verify;
    private final String publicKeyset;

    private SigningKey(KeysetHandle keyset) throws GeneralSecurityException {
        this.sign = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        this.verify = keyset.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        this.publicKeyset = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset.getPublicKeysetHandle());
    }

    /** The key {@code name} in {@code keys}, made there on first use. */
    public static SigningKey load(Path keys, String name) throws IOException {
        Path file = keys.resolve(name + ".json");
        try {
            SignatureConfig.register();
            if (!Files.exists(file)) {
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
                OwnerOnlyFiles.write(file, TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get()));
            }
            SigningKey key = new SigningKey(TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8),
                    InsecureSecretKeyAccess.get()));
            Path pub = keys.resolve(name + ".pub.json");
            if (!Files.exists(pub) || !Files.readString(pub, StandardCharsets.UTF_8).equals(key.publicKeyset)) {
                OwnerOnlyFiles.write(pub, key.publicKeyset);
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IOException("the signing key in " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public byte[] sign(byte[] data) {
        try {
            return sign.sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** Whether {@code signature} of {@code data} was made by this key. */
    public boolean verifies(byte[] signature, byte[] data) {
        try {
            verify.verify(signature, data);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The public keyset, as Tink's JSON. */
    public String publicKeyset() {
        return publicKeyset;
    }

    /** Whether {@code signature} of {@code data} was made by the private key of {@code publicKeyset} (Tink JSON). */
    public static boolean verifies(String publicKeyset, byte[] signature, byte[] data) {
        try {
            SignatureConfig.register();
            KeysetHandle pub = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset);
            pub.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class).verify(signature, data);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}

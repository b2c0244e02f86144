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
import java.util.Base64;

/**
 * Signs audit checkpoints with Ed25519 (Tink). The private keyset lives in the keys directory,
 * readable by its owner only; the public keyset is written beside it, to be copied away from the
 * server so that someone who can rewrite both the database and the checkpoints cannot also pass off
 * new signatures as the old ones.
 */
final class CheckpointSigner {
    static final String PRIVATE_FILE = "audit-signing.json";
    static final String PUBLIC_FILE = "audit-signing.pub.json";
    private final PublicKeySign sign;
    private final PublicKeyVerify verify;
    private final String publicKeyset;

    private CheckpointSigner(KeysetHandle keyset) throws GeneralSecurityException {
        this.sign = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        KeysetHandle pub = keyset.getPublicKeysetHandle();
        this.verify = pub.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        this.publicKeyset = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(pub);
    }

    /** The signer whose keyset is in {@code keys}, created there on first use. */
    static CheckpointSigner load(Path keys) throws IOException {
        Path file = keys.resolve(PRIVATE_FILE);
        try {
            SignatureConfig.register();
            if (!Files.exists(file)) {
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
                OwnerOnlyFiles.write(file, TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get()));
            }
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8),
                    InsecureSecretKeyAccess.get());
            CheckpointSigner signer = new CheckpointSigner(keyset);
            Path pub = keys.resolve(PUBLIC_FILE);
            if (!Files.exists(pub) || !Files.readString(pub, StandardCharsets.UTF_8).equals(signer.publicKeyset)) {
                OwnerOnlyFiles.write(pub, signer.publicKeyset);
            }
            return signer;
        } catch (GeneralSecurityException e) {
            throw new IOException("the audit signing key in " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    Checkpoint sign(long seq, String mac, java.time.Instant at) {
        Checkpoint unsigned = new Checkpoint(seq, mac, at, "");
        try {
            return new Checkpoint(seq, mac, at, Base64.getEncoder().encodeToString(sign.sign(unsigned.signedBytes())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint", e);
        }
    }

    boolean verifies(Checkpoint c) {
        try {
            verify.verify(Base64.getDecoder().decode(c.signature()), c.signedBytes());
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public keyset (Tink JSON), to keep apart and check checkpoints with. */
    String publicKeyset() {
        return publicKeyset;
    }
}

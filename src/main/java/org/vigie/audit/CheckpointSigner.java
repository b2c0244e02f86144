package org.vigie.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Signs audit checkpoints with the Ed25519 key {@code audit-signing} ({@link SigningKey}). The private keyset
 * lives in the keys directory, readable by its owner only; the public keyset is written beside it, to be
 * copied away from the server so that someone who can rewrite both the database and the checkpoints cannot
 * also pass off new signatures as the old ones.
 */
final class CheckpointSigner {
    static final String KEY = "audit-signing";
    private final SigningKey key;

    private CheckpointSigner(SigningKey key) {
        this.key = key;
    }

    /** The signer whose keyset is in {@code keys}, created there on first use. */
    static CheckpointSigner load(Path keys) throws IOException {
        return new CheckpointSigner(SigningKey.load(keys, KEY));
    }

    Checkpoint sign(long seq, String mac, java.time.Instant at) {
        Checkpoint unsigned = new Checkpoint(seq, mac, at, "");
        return new Checkpoint(seq, mac, at, Base64.getEncoder().encodeToString(key.sign(unsigned.signedBytes())));
    }

    boolean verifies(Checkpoint c) {
        try {
            return key.verifies(Base64.getDecoder().decode(c.signature()), c.signedBytes());
        } catch (IllegalArgumentException badBase64) {
            return false;
        }
    }

    /** The public keyset (Tink JSON), to keep apart and check checkpoints with. */
    String publicKeyset() {
        return key.publicKeyset();
    }
}

package org.vigie.intake;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;

/** One RSA key pair of encrypted forms; retired when a newer one replaced it, still decrypting for a while. */
record IntakeKey(long id, PublicKey publicKey, PrivateKey privateKey, Instant createdAt, Instant retiredAt) {

    /** The public key as the XForm's {@code base64RsaPublicKey} wants it: base64 of its X.509 encoding. */
    String base64PublicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }
}

package org.vigie.observatory.victims;

/**
 * An encrypted identity or photo that does not decrypt: altered in the database, moved from another
 * record, or encrypted under a key that is not in the keyset. It names the victim by pseudonym only.
 */
public final class IdentityUnreadable extends RuntimeException {
    private final String pseudonym;

    IdentityUnreadable(String pseudonym) {
        super("identity of victim " + pseudonym + " cannot be decrypted: altered or wrong key");
        this.pseudonym = pseudonym;
    }

    public String pseudonym() {
        return pseudonym;
    }
}

package org.vigie.observatory.victims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.crypto.FieldCipher;

/**
 * Encrypts victims' identities and photos before they reach the database and decrypts them for an
 * audited reading. Each ciphertext is bound to its table, column and row ({@link FieldCipher#context}),
 * so one moved to another victim does not decrypt; a ciphertext that does not decrypt is reported as
 * {@link IdentityUnreadable}, never turned into garbage.
 */
final class IdentityVault {
    static final String TABLE = "victim";
    static final String COLUMN = "identity";
    static final String PHOTO_TABLE = "victim_photo";
    static final String PHOTO_COLUMN = "content";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FieldCipher cipher;

    IdentityVault(FieldCipher cipher) {
        this.cipher = cipher;
    }

    byte[] seal(Identity identity, long victimId) {
        try {
            return cipher.encrypt(JSON.writeValueAsBytes(identity), FieldCipher.context(TABLE, COLUMN, victimId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("identity not serialisable", e);
        }
    }

    Identity open(byte[] sealed, long victimId, String pseudonym) {
        byte[] json = decrypt(sealed, FieldCipher.context(TABLE, COLUMN, victimId), pseudonym);
        try {
            return JSON.readValue(json, Identity.class);
        } catch (java.io.IOException e) {
            throw new IdentityUnreadable(pseudonym);
        }
    }

    byte[] sealPhoto(byte[] content, long photoId) {
        return cipher.encrypt(content, FieldCipher.context(PHOTO_TABLE, PHOTO_COLUMN, photoId));
    }

    byte[] openPhoto(byte[] sealed, long photoId, String pseudonym) {
        return decrypt(sealed, FieldCipher.context(PHOTO_TABLE, PHOTO_COLUMN, photoId), pseudonym);
    }

    private byte[] decrypt(byte[] sealed, String context, String pseudonym) {
        try {
            return cipher.decrypt(sealed, context);
        } catch (IllegalStateException e) {
            throw new IdentityUnreadable(pseudonym);
        }
    }
}

package org.vigie.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in a field device's server URL: 256 random bits, base64url so that it sits in a path. Only
 * its SHA-256 is stored; with that much entropy a slow hash would add nothing but time on every request.
 */
final class DeviceToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceToken() {
    }

    static String create() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a path segment can be a token at all: refused before any database lookup otherwise. */
    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}

package org.vigie.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens bound to the browser's cookie: the token is an HMAC of the session (or pre-login)
 * cookie under a server key, so a page on another site, which cannot read the cookie, cannot forge
 * it, and a new session at login invalidates tokens issued before.
 */
final class Csrf {
    private final byte[] key;

    Csrf(byte[] key) {
        this.key = key.clone();
    }

    String tokenFor(String cookieValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal(("csrf:" + cookieValue).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean valid(String cookieValue, String token) {
        if (cookieValue == null || cookieValue.isEmpty() || token == null || token.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(cookieValue).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}

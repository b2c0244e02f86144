package org.vigie.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 that links an audit entry to the one before it. Each field is written with its length
 * before it, so no choice of values can make two different entries hash alike.
 */
final class ChainHash {
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long id, Instant at, String actor, String action, String target, String ip,
                     String details, String prevHash) {
        StringBuilder sb = new StringBuilder(256);
        for (String field : new String[] {Long.toString(id), at.toString(), actor, action, target, ip, details, prevHash}) {
            sb.append(field.length()).append(':').append(field).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

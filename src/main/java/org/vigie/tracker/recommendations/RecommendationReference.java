package org.vigie.tracker.recommendations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Derives the stable reference of a recommendation; see {@link Recommendation#reference()}. */
final class RecommendationReference {

    private RecommendationReference() {
    }

    static String of(String documentSymbol, String paragraph, String text) {
        if (documentSymbol != null && paragraph != null) {
            return documentSymbol + "#" + paragraph;
        }
        return "text:" + HexFormat.of().formatHex(sha256(normalized(text)), 0, 8);
    }

    /** Case, accents written as combining marks, spacing and typographic quotes vary between exports of the same words. */
    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('“', '"').replace('”', '"')
                .transform(RecommendationReference::collapsed);
    }

    /** Runs of {@code \\s} (space, tab, line breaks, form feed, vertical tab) as one space, ends stripped. */
    private static String collapsed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

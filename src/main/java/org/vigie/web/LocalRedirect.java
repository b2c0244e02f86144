package org.vigie.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The one check every {@code next} parameter goes through before Vigie redirects to it: only a path
 * of this site is followed, anything else sends the person home.
 *
 * <p>Browsers are lenient where attackers like it: they read {@code /\evil.example} and
 * {@code //evil.example} as another host, drop tabs and newlines inside an address
 * ({@code /\t/evil.example}), and some proxies decode {@code %5c} and {@code %2f} before the
 * browser sees them. So the rule is narrow rather than clever: one leading slash, then no slash or
 * backslash, no backslash anywhere, no control or space character, at every depth of percent-decoding (so
 * neither {@code /%5cevil} nor {@code /%2F/evil} passes). A scheme cannot appear: the first
 * character is a slash. Vigie's own paths hold no spaces, so refusing them costs nothing.
 */
public final class LocalRedirect {
    static final String HOME = "/";
    private static final int MAX_DECODING = 3;

    private LocalRedirect() {
    }

    /** {@code next} if it is a path of this site, else {@code /}. */
    public static String path(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) {
            return HOME;
        }
        String value = next;
        for (int depth = 0; depth <= MAX_DECODING; depth++) {
            if (!plainLocal(value)) {
                return HOME;
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return HOME;
            }
            if (decoded.equals(value)) {
                return next;
            }
            value = decoded;
        }
        return HOME;
    }

    private static boolean plainLocal(String p) {
        if (p.length() < 1 || p.charAt(0) != '/' || p.length() > 1 && (p.charAt(1) == '/' || p.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}

package org.vigie.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/**
 * A confirmation carried across a redirect after POST: the route names a message of the {@code flash.} family
 * and its arguments, a cookie holds them until the next page, which shows them once and clears the cookie.
 * Only keys of that family are ever shown, escaped like every value, so a forged cookie can only show its own
 * browser one of Vigie's messages.
 */
public final class Flash {
    static final String COOKIE = "vigie_flash";
    private static final String FAMILY = "flash.";
    private static final int MAX_ARGUMENT = 200;

    private Flash() {
    }

    /** Answers 303 to {@code path} (kept local), with the message for the next page. */
    public static void redirect(Context ctx, String path, String key, Object... args) {
        if (!key.startsWith(FAMILY)) {
            throw new IllegalArgumentException("a flash message is a key of the flash. family: " + key);
        }
        StringBuilder value = new StringBuilder(key);
        for (Object a : args) {
            String s = String.valueOf(a);
            value.append('\n').append(s.length() > MAX_ARGUMENT ? s.substring(0, MAX_ARGUMENT) : s);
        }
        Cookies.set(ctx, COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(value.toString().getBytes(StandardCharsets.UTF_8)), 60);
        ctx.redirect(LocalRedirect.path(path), HttpStatus.SEE_OTHER);
    }

    /** The message waiting for this page, in its language, or null; the cookie is cleared once read. */
    static String take(Context ctx, Messages messages, Lang lang) {
        String raw = ctx.cookie(COOKIE);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Cookies.set(ctx, COOKIE, "", 0);
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String[] parts = decoded.split("\n", 6);
        if (!parts[0].startsWith(FAMILY) || !messages.has(lang, parts[0])) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        for (String a : List.of(parts).subList(1, parts.length)) {
            // Counts travel as text; the message formats them as numbers in the page's language.
            args.add(a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a) : a);
        }
        try {
            return messages.get(lang, parts[0], args.toArray());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

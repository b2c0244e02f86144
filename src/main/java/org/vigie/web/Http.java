package org.vigie.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.security.Principal;

/** What the web layer attached to a request, read back by routes. */
public final class Http {
    static final String PRINCIPAL = "vigie.principal";
    static final String LANG = "vigie.lang";
    static final String PAGE = "vigie.page";
    static final String BEARER = "vigie.bearer";
    static final String DISK_FULL = "vigie.diskFull";

    private Http() {
    }

    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The caller, on a route whose roles guarantee one. */
    public static Principal user(Context ctx) {
        return principal(ctx).orElseThrow(() -> new IllegalStateException("route without a logged-in user"));
    }

    /**
     * Whether the disk guard refuses this request, for routes that answer it themselves (a field device's,
     * which must get an OpenRosa message): the same rule as every other write's 507.
     */
    public static boolean diskFull(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(DISK_FULL));
    }

    public static Lang lang(Context ctx) {
        Lang l = ctx.attribute(LANG);
        return l == null ? Lang.FR : l;
    }

    public static Page page(Context ctx) {
        return ctx.attribute(PAGE);
    }

    /** The caller's address as the audit trail records it. */
    public static String ip(Context ctx) {
        return ctx.ip();
    }

    /** The acting username for the audit trail. */
    public static String actor(Context ctx) {
        return principal(ctx).map(Principal::username).orElse("anonymous");
    }

    /**
     * The scheme, host and port the caller reached Vigie at ({@code https://vigie.example.ml}): https when the
     * request came over TLS, or through a trusted proxy that says so.
     */
    public static String origin(Context ctx) {
        return (Cookies.secure(ctx) ? "https" : ctx.scheme()) + "://" + ctx.host();
    }

    public static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    public static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** A required form or JSON field, trimmed; missing or blank names the field. */
    public static String required(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        return v.trim();
    }

    /** A whole-number query parameter, or {@code fallback} when absent; anything else names the parameter. */
    public static int queryInt(Context ctx, String name, int fallback) {
        Long v = queryLong(ctx, name);
        if (v != null && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
            throw new InvalidInput(name, "error.not_a_number");
        }
        return v == null ? fallback : v.intValue();
    }

    /** A whole-number query or form parameter, or null when absent or blank. */
    public static Long queryLong(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return optionalLong(name, v);
    }

    /** {@code value} as a whole number for {@code field}, null when blank. */
    public static Long optionalLong(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
    }

    /** A required whole-number query parameter. */
    public static long requiredLong(Context ctx, String name) {
        Long v = queryLong(ctx, name);
        if (v == null) {
            throw new InvalidInput(name, "error.required");
        }
        return v;
    }

    public static long pathId(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "error.not_a_number");
        }
    }
}

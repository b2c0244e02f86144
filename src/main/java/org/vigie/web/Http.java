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

    private Http() {
    }

    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The caller, on a route whose roles guarantee one. */
    public static Principal user(Context ctx) {
        return principal(ctx).orElseThrow(() -> new IllegalStateException("route without a logged-in user"));
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

    public static long pathId(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "error.not_a_number");
        }
    }
}

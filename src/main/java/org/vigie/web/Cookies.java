package org.vigie.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The few cookies Vigie sets, all HttpOnly and SameSite, Secure whenever the request came over TLS. */
public final class Cookies {
    public static final String SESSION = "vigie_session";
    static final String PRE_LOGIN = "vigie_pre";
    static final String LANG = "vigie_lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Cookies() {
    }

    /** Sets the session cookie: no expiry date (the server ends idle sessions), renewed at each login. */
    public static void setSession(Context ctx, String token) {
        set(ctx, SESSION, token, -1);
        ctx.removeCookie(PRE_LOGIN, "/");
    }

    public static void clearSession(Context ctx) {
        set(ctx, SESSION, "", 0);
    }

    public static String session(Context ctx) {
        return ctx.cookie(SESSION);
    }

    public static void setLanguage(Context ctx, String code) {
        set(ctx, LANG, code, ONE_YEAR);
    }

    static void set(Context ctx, String name, String value, int maxAge) {
        Cookie c = new Cookie(name, value, "/", maxAge, secure(ctx), true, null, SameSite.LAX);
        ctx.cookie(c);
    }

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || Boolean.TRUE.equals(ctx.attribute(WebServer.FORWARDED_TLS));
    }
}

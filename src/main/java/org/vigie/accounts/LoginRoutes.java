package org.vigie.accounts;

import io.javalin.http.Context;
import org.vigie.web.Access;
import org.vigie.web.Cookies;
import org.vigie.web.Http;
import org.vigie.web.LocalRedirect;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** Logging in (password, then a one-time code when two-step login is on) and out. */
public final class LoginRoutes implements Routes {
    private final Authentication auth;
    private final Views views;

    public LoginRoutes(Authentication auth, Views views) {
        this.auth = auth;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/login", this::form, Access.ANYONE);
        r.post("/login", this::login, Access.ANYONE);
        r.get("/login/code", this::codeForm, Access.ANYONE);
        r.post("/login/code", this::code, Access.ANYONE);
        r.post("/logout", this::logout, Access.LOGGED_IN);
    }

    private void form(Context ctx) {
        if (Http.principal(ctx).isPresent()) {
            ctx.redirect(safeNext(ctx.queryParam("next")));
            return;
        }
        views.render(ctx, "accounts/login.jte", "error", null, "username", "", "next", safeNext(ctx.queryParam("next")));
    }

    private void login(Context ctx) {
        String username = ctx.formParam("username");
        String next = safeNext(ctx.formParam("next"));
        LoginResult result = auth.login(username, ctx.formParam("password"), Http.ip(ctx));
        if (result instanceof LoginResult.Success s) {
            Cookies.setSession(ctx, s.sessionToken());
            ctx.redirect(next);
        } else if (result instanceof LoginResult.SecondFactorNeeded p) {
            Cookies.setSession(ctx, p.pendingToken());
            ctx.redirect("/login/code?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        } else {
            ctx.status(result instanceof LoginResult.Throttled ? 429 : 422);
            views.render(ctx, "accounts/login.jte", "error", message(ctx, result), "username", username == null ? "" : username, "next", next);
        }
    }

    private void codeForm(Context ctx) {
        if (!auth.isPendingSecondFactor(Cookies.session(ctx))) {
            ctx.redirect("/login");
            return;
        }
        views.render(ctx, "accounts/totp.jte", "error", null, "next", safeNext(ctx.queryParam("next")));
    }

    private void code(Context ctx) {
        String next = safeNext(ctx.formParam("next"));
        LoginResult result = auth.secondFactor(Cookies.session(ctx), ctx.formParam("code"), Http.ip(ctx));
        if (result instanceof LoginResult.Success s) {
            Cookies.setSession(ctx, s.sessionToken());
            ctx.redirect(next);
            return;
        }
        ctx.status(result instanceof LoginResult.Throttled ? 429 : 422);
        views.render(ctx, "accounts/totp.jte", "error", message(ctx, result), "next", next);
    }

    private void logout(Context ctx) {
        auth.logout(Cookies.session(ctx), Http.actor(ctx), Http.ip(ctx));
        Cookies.clearSession(ctx);
        ctx.redirect("/");
    }

    private static String message(Context ctx, LoginResult result) {
        if (result instanceof LoginResult.Throttled t) {
            return Http.page(ctx).t("login.throttled", t.minutes());
        }
        return Http.page(ctx).t(ctx.path().endsWith("/code") ? "login.code_failed" : "login.failed");
    }

    /** Only paths of this site ({@link LocalRedirect}), and never back to the login form itself. */
    static String safeNext(String next) {
        String local = LocalRedirect.path(next);
        return local.startsWith("/login") ? "/" : local;
    }
}

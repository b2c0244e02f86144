package org.vigie.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.security.Principal;

/** The steps every request passes before its route: headers, language, caller, role, CSRF. */
final class RequestPipeline {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String STATE = "vigie.serviceState";
    /** Writes that go on when the disk is short: signing in and out, choosing a language. */
    private static final Set<String> KEEP_WORKING = Set.of("/login", "/login/code", "/logout", "/lang");

    private final Authenticator auth;
    private final Messages messages;
    private final Csrf csrf;
    private final Assets assets;
    private final boolean trustProxy;
    private final boolean demo;
    private final Resilience resilience;
    private final Tasks tasks;

    RequestPipeline(Authenticator auth, Messages messages, Csrf csrf, Assets assets, boolean trustProxy, boolean demo,
                    Resilience resilience, Tasks tasks) {
        this.resilience = resilience;
        this.tasks = tasks;
        this.auth = auth;
        this.messages = messages;
        this.csrf = csrf;
        this.assets = assets;
        this.trustProxy = trustProxy;
        this.demo = demo;
    }

    void headersAndLanguage(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        if (trustProxy && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) {
            ctx.attribute(WebServer.FORWARDED_TLS, true);
        }
        if (Cookies.secure(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        ctx.attribute(Http.LANG, Lang.fromCode(ctx.cookie(Cookies.LANG))
                .or(() -> Lang.fromAcceptLanguage(ctx.header("Accept-Language"))).orElse(Lang.FR));
    }

    /**
     * Refuses at once, before anything touches the database, every request but {@code /health} and the assets
     * while the database is away: the answer comes in milliseconds and says so, instead of after the pool's wait.
     */
    void available(Context ctx) {
        String path = ctx.path();
        if (path.equals("/health") || path.startsWith(Assets.HOSTED + "/")) {
            return;
        }
        ServiceState state = resilience.state().get();
        ctx.attribute(STATE, state);
        if (!state.databaseUp()) {
            throw new ServiceUnavailable();
        }
    }

    void authorise(Context ctx) {
        if (ctx.routeRoles().contains(Access.ASSET)) {
            // Same bytes for everyone: no session lookup, no cookie, nothing that varies per person.
            return;
        }
        if (ctx.routeRoles().contains(Access.DEVICE)) {
            // The route authenticates the device by its token; a phone has no session and no CSRF token. The
            // disk guard is the same as for every write, but the route answers it, in OpenRosa's words
            // (Http.diskFull), once it knows the device.
            ctx.header("Cache-Control", "no-store");
            ServiceState state = ctx.attribute(STATE) == null ? resilience.state().get() : ctx.attribute(STATE);
            ctx.attribute(Http.DISK_FULL, refusesWrite(ctx, state));
            return;
        }
        refuseNul(ctx);
        Optional<Principal> who = identify(ctx);
        who.ifPresent(p -> ctx.attribute(Http.PRINCIPAL, p));
        if (ctx.cookie(Cookies.LANG) == null) {
            who.map(Principal::language).flatMap(Lang::fromCode).ifPresent(l -> ctx.attribute(Http.LANG, l));
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (!roles.contains(Access.ANYONE)) {
            if (who.isEmpty()) {
                refuseAnonymous(ctx);
                return;
            }
            if (!roles.contains(who.get().role())) {
                throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(), "forbidden", Map.of());
            }
        }
        checkCsrf(ctx);
        ServiceState state = ctx.attribute(STATE) == null ? resilience.state().get() : ctx.attribute(STATE);
        refuseIfDiskFull(ctx, state);
        if (!Http.wantsJson(ctx)) {
            // The public portal's files are the same for everyone and cacheable: no session cookie is set for them.
            String token = ctx.path().startsWith("/public/") ? "" : csrfToken(ctx);
            ctx.attribute(Http.PAGE, new Page(Http.lang(ctx), messages, who.orElse(null), token, ctx.path(), assets, demo,
                    diskNotice(state, who.orElse(null), Http.lang(ctx)), flash(ctx), taskCounts(who.orElse(null))));
            ctx.header("Cache-Control", "no-store");
            ctx.header("Vary", "Cookie, Accept-Language");
        }
    }

    /**
     * Below the disk's reserve, new writes are refused (uploads and imports first, as the largest), but not
     * what lets people in and out: a login writes its session and its audit entry, which the reserve keeps room for.
     */
    private static void refuseIfDiskFull(Context ctx, ServiceState state) {
        if (refusesWrite(ctx, state)) {
            throw new DiskFull();
        }
    }

    private static boolean refusesWrite(Context ctx, ServiceState state) {
        if (state.disk() == ServiceState.Disk.OK || SAFE.contains(ctx.method()) || KEEP_WORKING.contains(ctx.path())) {
            return false;
        }
        return state.disk() == ServiceState.Disk.NO_WRITES || isUpload(ctx);
    }

    private static boolean isUpload(Context ctx) {
        String type = ctx.contentType();
        return (type != null && type.startsWith("multipart/form-data")) || ctx.path().contains("import");
    }

    /** The confirmation waiting for a full page; a fragment (htmx, not boosted) leaves it for the page. */
    private String flash(Context ctx) {
        if (!SAFE.contains(ctx.method()) || Http.htmx(ctx) && !"true".equals(ctx.header("HX-Boosted"))) {
            return null;
        }
        return Flash.take(ctx, messages, Http.lang(ctx));
    }

    private Supplier<List<Tasks.Task>> taskCounts(Principal who) {
        if (who == null) {
            return List::of;
        }
        List<List<Tasks.Task>> once = new java.util.ArrayList<>(1);
        return () -> {
            if (once.isEmpty()) {
                once.add(tasks.of(who));
            }
            return once.get(0);
        };
    }

    private String diskNotice(ServiceState state, Principal who, Lang lang) {
        if (state.disk() == ServiceState.Disk.OK || who == null || who.role() != org.vigie.security.Role.ADMINISTRATOR) {
            return null;
        }
        return messages.get(lang, state.disk() == ServiceState.Disk.NO_WRITES ? "disk.banner.full" : "disk.banner.low",
                messages.number(lang, state.freeBytes() / (1024 * 1024)));
    }

    /**
     * PostgreSQL cannot store a NUL character in text: refused here, naming the parameter, rather than
     * failing deep in a store. JSON bodies are checked where they are read ({@link JsonBody}); multipart
     * forms are left to their routes (reading them here would spool every upload twice).
     */
    private static void refuseNul(Context ctx) {
        ctx.queryParamMap().forEach(Nul::refuse);
        if (isForm(ctx) && !ctx.contentType().startsWith("multipart/")) {
            ctx.formParamMap().forEach(Nul::refuse);
        }
    }

    private Optional<Principal> identify(Context ctx) {
        String authz = ctx.header("Authorization");
        if (authz != null && authz.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Principal> p = auth.byToken(authz.substring(7).trim());
            if (p.isEmpty()) {
                throw new HttpResponseException(HttpStatus.UNAUTHORIZED.getCode(), "invalid or revoked token", Map.of());
            }
            ctx.attribute(Http.BEARER, true);
            return p;
        }
        return auth.bySession(Cookies.session(ctx));
    }

    private void refuseAnonymous(Context ctx) {
        if (!Http.wantsJson(ctx) && ctx.method() == HandlerType.GET && !Http.htmx(ctx)) {
            ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        throw new HttpResponseException(HttpStatus.UNAUTHORIZED.getCode(), "login required", Map.of());
    }

    private void checkCsrf(Context ctx) {
        if (SAFE.contains(ctx.method()) || Boolean.TRUE.equals(ctx.attribute(Http.BEARER))) {
            return;
        }
        String token = ctx.header("X-CSRF-Token");
        if (token == null && isForm(ctx)) {
            token = ctx.formParam("_csrf");
        }
        if (!csrf.valid(csrfCookie(ctx), token)) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(), "csrf", Map.of("reason", "csrf"));
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static String csrfCookie(Context ctx) {
        String session = Cookies.session(ctx);
        return session != null && !session.isEmpty() ? session : ctx.cookie(Cookies.PRE_LOGIN);
    }

    /** The token for forms on this page, creating the pre-login cookie it is bound to if needed. */
    private String csrfToken(Context ctx) {
        String bound = csrfCookie(ctx);
        if (bound == null || bound.isEmpty()) {
            byte[] b = new byte[24];
            RANDOM.nextBytes(b);
            bound = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            Cookies.set(ctx, Cookies.PRE_LOGIN, bound, -1);
        }
        return csrf.tokenFor(bound);
    }
}

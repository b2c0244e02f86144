package org.vigie.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.errors.Conflict;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.i18n.Messages;

/**
 * Turns failures into answers: JSON {@code {"error": {"code", "message", "field"}}} under
 * {@code /api/}, a page elsewhere; never a stack trace. Unexpected errors are logged with an id
 * that the answer repeats, so a user's report can be matched to the log.
 */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private final Messages messages;
    private final Views views;

    private final Assets assets;
    private final boolean demo;
    private final Resilience resilience;

    ErrorPages(Messages messages, Views views, Assets assets, boolean demo, Resilience resilience) {
        this.resilience = resilience;
        this.messages = messages;
        this.views = views;
        this.assets = assets;
        this.demo = demo;
    }

    void install(RoutesConfig routes) {
        routes.exception(Conflict.class, (e, ctx) -> invalid(ctx, 409, "conflict", e));
        routes.exception(InvalidInput.class, (e, ctx) -> invalid(ctx, 400, "invalid_input", e));
        routes.exception(NotFound.class, (e, ctx) -> answer(ctx, 404, "not_found", t(ctx, "error.not_found"), null));
        routes.exception(Forbidden.class, (e, ctx) -> answer(ctx, 403, "forbidden", t(ctx, "error.forbidden"), null));
        routes.exception(HttpResponseException.class, this::httpProblem);
        routes.exception(ServiceUnavailable.class, (e, ctx) -> away(ctx));
        routes.exception(DiskFull.class, (e, ctx) -> answer(ctx, 507, "disk_full", t(ctx, "error.disk_full"), null));
        routes.exception(Exception.class, this::unexpected);
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "not_found", t(ctx, "error.not_found"), null);
            }
        });
    }

    private void invalid(Context ctx, int status, String code, InvalidInput e) {
        Page page = page(ctx);
        if (e.all().size() > 1 && Http.wantsJson(ctx)) {
            // Every fault of the body at once, each by its machine path; "field" and "message" stay the first's.
            List<Map<String, String>> fields = e.all().stream()
                    .map(f -> Map.of("field", f.field(), "message", page.t(f.messageKey(), f.args()))).toList();
            answer(ctx, status, code, page.explain(e), e.field(), fields);
            return;
        }
        // A refusal that reaches the generic error page still names every fault, each by its label.
        answer(ctx, status, code, e.all().stream().map(page::explain).collect(java.util.stream.Collectors.joining(" · ")),
                e.field(), null);
    }

    private Page page(Context ctx) {
        Page page = Http.page(ctx);
        return page != null ? page : new Page(Http.lang(ctx), messages, null, "", ctx.path(), assets, demo, null);
    }

    private void httpProblem(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        switch (status) {
            case 401 -> answer(ctx, 401, "unauthorized", t(ctx, "error.unauthorized"), null);
            case 403 -> answer(ctx, 403, "csrf".equals(e.getMessage()) ? "csrf" : "forbidden",
                    t(ctx, "csrf".equals(e.getMessage()) ? "error.csrf" : "error.forbidden"), null);
            case 404 -> answer(ctx, 404, "not_found", t(ctx, "error.not_found"), null);
            case 413 -> answer(ctx, 413, "too_large", t(ctx, "error.too_large"), null);
            default -> {
                if (status >= 300 && status < 400) {
                    ctx.status(status);
                    e.getDetails().forEach(ctx::header);
                    return;
                }
                answer(ctx, status, "http_" + status, e.getMessage(), null);
            }
        }
    }

    private void unexpected(Exception e, Context ctx) {
        if (resilience.databaseAway().test(e)) {
            LOG.warn("{} {} refused: the database went away during the request", ctx.method(), loggable(ctx.path()));
            away(ctx);
            return;
        }
        if (Nul.refusedByDatabase(e)) {
            answer(ctx, 400, "invalid_input", t(ctx, "error.nul_somewhere"), null);
            return;
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        // A database failure is logged by its stand-in: the driver's message and JDBI's can quote a row's values.
        Throwable logged = resilience.loggable().apply(e).map(Throwable.class::cast).orElse(e);
        LOG.error("unexpected error {} on {} {}", id, ctx.method(), loggable(ctx.path()), logged);
        answer(ctx, 500, "internal", t(ctx, "error.internal", id), null);
    }

    /** 503 with {@code Retry-After}: what happened, and that nothing already saved is lost. */
    private void away(Context ctx) {
        ctx.header("Retry-After", "5");
        ctx.header("Cache-Control", "no-store");
        answer(ctx, 503, "database_unavailable", t(ctx, "error.database_unavailable"), null);
    }

    private String t(Context ctx, String key, Object... args) {
        return messages.get(Http.lang(ctx), key, args);
    }

    private void answer(Context ctx, int status, String code, String message, String field) {
        answer(ctx, status, code, message, field, null);
    }

    private void answer(Context ctx, int status, String code, String message, String field, List<Map<String, String>> fields) {
        ctx.status(status);
        ctx.header("Vigie-Error", code);
        if (Http.wantsJson(ctx)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            if (field != null) {
                error.put("field", field);
            }
            if (fields != null) {
                error.put("fields", fields);
            }
            ctx.json(Map.of("error", error));
            return;
        }
        Views.html(ctx, views.render(page(ctx), "error.jte", "status", status, "message", message));
    }

    /** A path fit for the log: a field device's token, which opens its routes, is left out. */
    static String loggable(String path) {
        return path.replaceFirst("^/odk/key/[^/]+", "/odk/key/(token)");
    }
}

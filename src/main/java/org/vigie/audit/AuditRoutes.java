package org.vigie.audit;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The audit log viewer and its API, for administrators. */
public final class AuditRoutes implements Routes {
    private static final int PAGE_SIZE = 50;
    private final AuditStore audit;
    private final Views views;

    public AuditRoutes(AuditStore audit, Views views) {
        this.audit = audit;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/audit", this::page, Role.ADMINISTRATOR);
        r.get("/api/v1/audit", this::api, Role.ADMINISTRATOR);
        r.get("/api/v1/audit/verify", ctx -> ctx.json(audit.verify()), Role.ADMINISTRATOR);
    }

    private void page(Context ctx) {
        AuditQuery q = query(ctx, PAGE_SIZE);
        views.render(ctx, "audit/log.jte", "entries", audit.find(q), "query", q, "total", audit.count(q));
    }

    private void api(Context ctx) {
        AuditQuery q = query(ctx, Http.queryInt(ctx, "limit", 100));
        ctx.json(Map.of("total", audit.count(q), "offset", q.offset(), "entries", audit.find(q)));
    }

    private static AuditQuery query(Context ctx, int limit) {
        try {
            return new AuditQuery(ctx.queryParam("actor"), ctx.queryParam("action"), ctx.queryParam("target"),
                    date(ctx, "from"), date(ctx, "to"), Http.queryInt(ctx, "offset", 0), limit);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("to".equals(e.getMessage().split(":")[0]) ? "to" : "limit", "error.range", e.getMessage());
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "error.date");
        }
    }
}

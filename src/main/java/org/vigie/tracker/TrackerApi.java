package org.vigie.tracker;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.errors.InvalidInput;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/** The tracker's JSON API. An import sends the file as the body, its name in {@code ?name=}; {@code ?dry_run=true} only reads it. */
public final class TrackerApi implements Routes {
    private final Tracker tracker;

    public TrackerApi(Tracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/recommendations", this::list, Access.LOGGED_IN);
        r.post("/api/v1/recommendations/import", this::importFile, TrackerRoutes.IMPORTERS);
        r.get("/api/v1/recommendations/{id}", ctx -> ctx.json(tracker.byId(Http.pathId(ctx, "id"))), Access.LOGGED_IN);
    }

    private void list(Context ctx) {
        RecommendationFilter f = RecommendationFilter.parse(ctx.queryParam("mechanism"), ctx.queryParam("position"),
                ctx.queryParam("theme"), ctx.queryParam("q"), Http.queryInt(ctx, "offset", 0), Http.queryInt(ctx, "limit", 50));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", tracker.count(f));
        out.put("offset", f.offset());
        out.put("recommendations", tracker.find(f));
        ctx.json(out);
    }

    private void importFile(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "error.required");
        }
        byte[] body = ctx.bodyAsBytes();
        if ("true".equalsIgnoreCase(ctx.queryParam("dry_run"))) {
            ImportResult result = tracker.read(body, name);
            ctx.status(result.succeeded() ? 200 : 400).json(result.toDryRunJson());
            return;
        }
        Tracker.Outcome o = tracker.importFile(Http.actor(ctx), Http.ip(ctx), name, body);
        Map<String, Object> out = new LinkedHashMap<>(o.summary().toJson(java.util.List.of()));
        out.put("added", o.added());
        out.put("already_there", o.alreadyThere());
        ctx.json(out);
    }
}

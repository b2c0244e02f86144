package org.vigie.tracker.recommendations;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.errors.InvalidInput;
import org.vigie.files.ImportProgress;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.followup.FollowUp;
import org.vigie.tracker.imports.ImportResult;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/** The tracker's JSON API. An import sends the file as the body, its name in {@code ?name=}; {@code ?dry_run=true} only reads it. */
public final class TrackerApi implements Routes {
    private final Tracker tracker;
    private final FollowUp followUp;
    private final Actions actions;

    public TrackerApi(Tracker tracker, FollowUp followUp, Actions actions) {
        this.tracker = tracker;
        this.followUp = followUp;
        this.actions = actions;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/recommendations", this::list, Access.LOGGED_IN);
        r.post("/api/v1/recommendations/import", this::importFile, TrackerRoutes.IMPORTERS);
        r.get("/api/v1/recommendations/{id}", this::show, Access.LOGGED_IN);
    }

    private void list(Context ctx) {
        RecommendationFilter f = followUp.forViewer(Http.user(ctx), RecommendationFilter.parse(ctx::queryParam,
                Http.queryInt(ctx, "offset", 0), Http.queryInt(ctx, "limit", 50)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", tracker.count(f));
        out.put("offset", f.offset());
        out.put("limit", f.limit());
        out.put("recommendations", tracker.find(f));
        ctx.json(out);
    }

    private void show(Context ctx) {
        long id = Http.pathId(ctx, "id");
        if (!followUp.visibleTo(Http.user(ctx), id)) {
            throw new org.vigie.errors.NotFound("recommendation " + id);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recommendation", tracker.byId(id));
        out.put("institutions", followUp.institutionsOf(id));
        out.put("progress_reports", followUp.reportsOf(id));
        out.put("actions", actions.actionsOf(id));
        out.put("indicators", actions.indicatorsOf(id));
        ctx.json(out);
    }

    private void importFile(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "error.required");
        }
        if ("true".equalsIgnoreCase(ctx.queryParam("dry_run"))) {
            ImportResult result = tracker.read(ctx.bodyInputStream(), name);
            ctx.status(result.succeeded() ? 200 : 400).json(result.toDryRunJson());
            return;
        }
        // state=SI confirms a list of a State other than the one Vigie follows (otherwise 409, field "state").
        Tracker.Outcome o = tracker.importFile(Http.actor(ctx), Http.ip(ctx), name, ctx.bodyInputStream(), new ImportProgress(),
                ctx.queryParam("state"));
        Map<String, Object> out = new LinkedHashMap<>(o.summary().toJson(java.util.List.of()));
        out.put("added", o.added());
        out.put("already_there", o.alreadyThere());
        out.put("other_language_added", o.otherLanguageAdded());
        ctx.json(out);
    }
}

package org.vigie.tracker.followup;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.vigie.errors.NotFound;
import org.vigie.tracker.recommendations.StatusCounts;
import org.vigie.tracker.recommendations.Tracker;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.JsonBody;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * The follow-up's JSON API: a recommendation's actions and indicators (with their values), and institutions'
 * dashboards. Writes take the web forms' field names as a JSON object and obey the same rules: administrators
 * and analysts anywhere, a focal point only on what is assigned to its institution; reads show a focal point or
 * validator only its institution's recommendations and dashboard.
 */
public final class FollowUpApi implements Routes {
    private final Tracker tracker;
    private final FollowUp followUp;
    private final Actions actions;
    private final Dashboards dashboards;

    public FollowUpApi(Tracker tracker, FollowUp followUp, Actions actions, Dashboards dashboards) {
        this.tracker = tracker;
        this.followUp = followUp;
        this.actions = actions;
        this.dashboards = dashboards;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/recommendations/{id}/actions", this::actionsOf, Access.LOGGED_IN);
        r.post("/api/v1/recommendations/{id}/actions", this::addAction, ActionRoutes.EDITORS);
        r.post("/api/v1/actions/{id}", this::updateAction, ActionRoutes.EDITORS);
        r.get("/api/v1/recommendations/{id}/indicators", this::indicatorsOf, Access.LOGGED_IN);
        r.post("/api/v1/recommendations/{id}/indicators", this::addIndicator, ActionRoutes.EDITORS);
        r.post("/api/v1/indicators/{id}", this::updateIndicator, ActionRoutes.EDITORS);
        r.post("/api/v1/indicators/{id}/values", this::recordValue, ActionRoutes.EDITORS);
        r.get("/api/v1/institutions/dashboards", this::dashboards, Access.LOGGED_IN);
        r.get("/api/v1/institutions/{code}/dashboard", this::dashboard, Access.LOGGED_IN);
    }

    private void actionsOf(Context ctx) {
        long id = visible(ctx);
        ctx.json(Map.of("recommendation_id", id, "actions", actions.actionsOf(id)));
    }

    private void addAction(Context ctx) {
        long id = visible(ctx);
        long actionId = actions.addAction(Http.user(ctx), Http.ip(ctx), id, ActionDraft.parse(body(ctx)));
        ctx.status(201).json(actions.action(actionId));
    }

    private void updateAction(Context ctx) {
        long actionId = Http.pathId(ctx, "id");
        actions.updateAction(Http.user(ctx), Http.ip(ctx), actionId, ActionDraft.parse(body(ctx)));
        ctx.json(actions.action(actionId));
    }

    private void indicatorsOf(Context ctx) {
        long id = visible(ctx);
        ctx.json(Map.of("recommendation_id", id, "indicators", actions.indicatorsOf(id)));
    }

    private void addIndicator(Context ctx) {
        long id = visible(ctx);
        long indicatorId = actions.addIndicator(Http.user(ctx), Http.ip(ctx), id, IndicatorDraft.parse(body(ctx)));
        ctx.status(201).json(indicator(id, indicatorId));
    }

    private void updateIndicator(Context ctx) {
        long indicatorId = Http.pathId(ctx, "id");
        actions.updateIndicator(Http.user(ctx), Http.ip(ctx), indicatorId, IndicatorDraft.parse(body(ctx)));
        ctx.json(indicator(actions.recommendationOf(indicatorId), indicatorId));
    }

    private void recordValue(Context ctx) {
        long indicatorId = Http.pathId(ctx, "id");
        actions.recordValue(Http.user(ctx), Http.ip(ctx), indicatorId, Measurement.parse(body(ctx), Http.actor(ctx)));
        ctx.status(201).json(indicator(actions.recommendationOf(indicatorId), indicatorId));
    }

    private void dashboards(Context ctx) {
        ctx.json(Map.of("institutions", dashboards.byInstitution(Http.user(ctx)).stream().map(FollowUpApi::counts).toList()));
    }

    private void dashboard(Context ctx) {
        Dashboards.InstitutionView v = dashboards.institution(Http.user(ctx), ctx.pathParam("code"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("institution", v.institution());
        out.put("counts", counts(v.counts()));
        out.put("assigned", v.assigned());
        out.put("reports_waiting", v.pending());
        out.put("reports_returned", v.returned());
        out.put("actions_overdue", v.overdue());
        ctx.json(out);
    }

    /** The recommendation of the path, or 404 for one the caller may not see (as the recommendation itself). */
    private long visible(Context ctx) {
        long id = tracker.byId(Http.pathId(ctx, "id")).id();
        if (!followUp.visibleTo(Http.user(ctx), id)) {
            throw new NotFound("recommendation " + id);
        }
        return id;
    }

    private Indicator indicator(long recommendationId, long indicatorId) {
        return actions.indicatorsOf(recommendationId).stream().filter(i -> i.id() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFound("indicator " + indicatorId));
    }

    private static Map<String, Object> counts(StatusCounts c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("group", c.group());
        out.put("total", c.total());
        Map<String, Long> byStatus = new LinkedHashMap<>();
        c.counts().forEach((status, n) -> byStatus.put(status.code(), n));
        out.put("by_status", byStatus);
        return out;
    }

    /** A JSON object's members as the form fields of the same names (numbers and text alike read as text). */
    private static Function<String, String> body(Context ctx) {
        JsonNode node = JsonBody.object(ctx);
        return name -> node.hasNonNull(name) && node.get(name).isValueNode() ? node.get(name).asText() : null;
    }
}

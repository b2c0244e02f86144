package org.vigie.tracker.followup;

import io.javalin.http.Context;
import org.vigie.security.Role;
import org.vigie.tracker.recommendations.Tracker;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/** Forms that add and edit a recommendation's actions and indicators; each answers with the recommendation's page. */
public final class ActionRoutes implements Routes {
    static final Role[] EDITORS = {Role.ADMINISTRATOR, Role.ANALYST, Role.FOCAL_POINT};
    private final Tracker tracker;
    private final Actions actions;

    public ActionRoutes(Tracker tracker, Actions actions) {
        this.tracker = tracker;
        this.actions = actions;
    }

    @Override
    public void register(Router r) {
        r.post("/tracker/{id}/actions", this::addAction, EDITORS);
        r.post("/tracker/actions/{id}", this::updateAction, EDITORS);
        r.post("/tracker/{id}/indicators", this::addIndicator, EDITORS);
        r.post("/tracker/indicators/{id}", this::updateIndicator, EDITORS);
        r.post("/tracker/indicators/{id}/values", this::recordValue, EDITORS);
    }

    private void addAction(Context ctx) {
        long id = tracker.byId(Http.pathId(ctx, "id")).id();
        actions.addAction(Http.user(ctx), Http.ip(ctx), id, ActionDraft.parse(ctx::formParam));
        ctx.redirect("/tracker/" + id + "#actions");
    }

    private void updateAction(Context ctx) {
        long actionId = Http.pathId(ctx, "id");
        actions.updateAction(Http.user(ctx), Http.ip(ctx), actionId, ActionDraft.parse(ctx::formParam));
        ctx.redirect("/tracker/" + actions.action(actionId).recommendationId() + "#actions");
    }

    private void addIndicator(Context ctx) {
        long id = tracker.byId(Http.pathId(ctx, "id")).id();
        actions.addIndicator(Http.user(ctx), Http.ip(ctx), id, IndicatorDraft.parse(ctx::formParam));
        ctx.redirect("/tracker/" + id + "#indicators");
    }

    private void updateIndicator(Context ctx) {
        long indicatorId = Http.pathId(ctx, "id");
        actions.updateIndicator(Http.user(ctx), Http.ip(ctx), indicatorId, IndicatorDraft.parse(ctx::formParam));
        ctx.redirect("/tracker/" + actions.recommendationOf(indicatorId) + "#indicators");
    }

    private void recordValue(Context ctx) {
        long indicatorId = Http.pathId(ctx, "id");
        actions.recordValue(Http.user(ctx), Http.ip(ctx), indicatorId, Measurement.parse(ctx::formParam, Http.actor(ctx)));
        ctx.redirect("/tracker/" + actions.recommendationOf(indicatorId) + "#indicators");
    }
}

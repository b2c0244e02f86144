package org.vigie.tracker.followup;

import io.javalin.http.Context;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;
import org.vigie.tracker.recommendations.Tracker;
import org.vigie.tracker.recommendations.TrackerRoutes;
import org.vigie.web.Flash;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * Forms that add and edit a recommendation's actions and indicators. A saved form answers with a redirect to the
 * recommendation's page and a confirmation; a refused one with that page again, its faults on the form posted.
 */
public final class ActionRoutes implements Routes {
    static final Role[] EDITORS = {Role.ADMINISTRATOR, Role.ANALYST, Role.FOCAL_POINT};
    private final Tracker tracker;
    private final Actions actions;
    /** Shows the recommendation's page again with the faults of one of its forms. */
    private final TrackerRoutes refused;

    public ActionRoutes(Tracker tracker, Actions actions, TrackerRoutes refused) {
        this.tracker = tracker;
        this.actions = actions;
        this.refused = refused;
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
        saved(ctx, id, "action-new", "#actions", "flash.action_saved",
                () -> actions.addAction(Http.user(ctx), Http.ip(ctx), id, ActionDraft.parse(ctx::formParam)));
    }

    private void updateAction(Context ctx) {
        long actionId = Http.pathId(ctx, "id");
        long id = actions.action(actionId).recommendationId();
        saved(ctx, id, "action-" + actionId, "#actions", "flash.action_saved",
                () -> actions.updateAction(Http.user(ctx), Http.ip(ctx), actionId, ActionDraft.parse(ctx::formParam)));
    }

    private void addIndicator(Context ctx) {
        long id = tracker.byId(Http.pathId(ctx, "id")).id();
        saved(ctx, id, "indicator-new", "#indicators", "flash.indicator_saved",
                () -> actions.addIndicator(Http.user(ctx), Http.ip(ctx), id, IndicatorDraft.parse(ctx::formParam)));
    }

    private void updateIndicator(Context ctx) {
        long indicatorId = Http.pathId(ctx, "id");
        long id = actions.recommendationOf(indicatorId);
        saved(ctx, id, "indicator-" + indicatorId, "#indicators", "flash.indicator_saved",
                () -> actions.updateIndicator(Http.user(ctx), Http.ip(ctx), indicatorId, IndicatorDraft.parse(ctx::formParam)));
    }

    private void recordValue(Context ctx) {
        long indicatorId = Http.pathId(ctx, "id");
        long id = actions.recommendationOf(indicatorId);
        saved(ctx, id, "value-" + indicatorId, "#indicators", "flash.value_recorded",
                () -> actions.recordValue(Http.user(ctx), Http.ip(ctx), indicatorId, Measurement.parse(ctx::formParam, Http.actor(ctx))));
    }

    /** Runs {@code save}: a redirect after POST with {@code confirmation}, or the page again with the form's faults. */
    private void saved(Context ctx, long recommendationId, String form, String anchor, String confirmation, Runnable save) {
        // One who may not edit is refused before the form is read: its faults are not theirs to see.
        actions.requireEditor(Http.user(ctx), recommendationId);
        try {
            save.run();
        } catch (InvalidInput e) {
            refused.showRefused(ctx, recommendationId, form, e);
            return;
        }
        Flash.redirect(ctx, "/tracker/" + recommendationId + anchor, confirmation);
    }
}

package org.vigie.tracker.followup;

import io.javalin.http.Context;
import org.vigie.tracker.recommendations.TrackerRoutes;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The tracker's overviews: institutions and their dashboards, recommendations clustered by theme and
 * institution. Declared before {@link TrackerRoutes} so that {@code /tracker/institutions} is not read as a recommendation's id.
 */
public final class DashboardRoutes implements Routes {
    private final Dashboards dashboards;
    private final Views views;

    public DashboardRoutes(Dashboards dashboards, Views views) {
        this.dashboards = dashboards;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/tracker/institutions", this::institutions, Access.LOGGED_IN);
        r.get("/tracker/institutions/{code}", this::institution, Access.LOGGED_IN);
        r.get("/tracker/clusters", this::clusters, Access.LOGGED_IN);
    }

    private void institutions(Context ctx) {
        views.render(ctx, "tracker/institutions.jte", "rows", dashboards.byInstitution(Http.user(ctx)));
    }

    private void institution(Context ctx) {
        Dashboards.InstitutionView v = dashboards.institution(Http.user(ctx), ctx.pathParam("code"));
        views.render(ctx, "tracker/institution.jte", "v", v, "today", dashboards.today());
    }

    private void clusters(Context ctx) {
        views.render(ctx, "tracker/clusters.jte", "byTheme", dashboards.byTheme(Http.user(ctx)),
                "byInstitution", dashboards.byInstitution(Http.user(ctx)));
    }
}

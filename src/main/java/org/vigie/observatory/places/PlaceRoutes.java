package org.vigie.observatory.places;

import io.javalin.http.Context;
import org.vigie.observatory.incidents.IncidentRoutes;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The small answers of the region → cercle → commune cascade (htmx swaps them into the selects):
 * {@code /places/cercles?region=ML05} gives the options of the cercle select and, out of band, the region
 * alone in the place select; {@code /places/communes?cercle=ML0501} gives the cercle and its communes for
 * the place select. The form keeps a select of every place for browsers without script.
 */
public final class PlaceRoutes implements Routes {
    private final Places places;
    private final Views views;

    public PlaceRoutes(Places places, Views views) {
        this.places = places;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/places/cercles", this::cercles, IncidentRoutes.READERS);
        r.get("/places/communes", this::communes, IncidentRoutes.READERS);
    }

    private void cercles(Context ctx) {
        String region = ctx.queryParam("region");
        var cercles = places.cercles(region);
        views.render(ctx, "observatory/places-cercles.jte", "region", places.unit("region", region, AdminLevel.REGION).orElse(null),
                "cercles", cercles);
    }

    private void communes(Context ctx) {
        String cercle = ctx.queryParam("cercle");
        var communes = places.communes(cercle);
        var region = places.unit("region", ctx.queryParam("region"), AdminLevel.REGION).orElse(null);
        views.render(ctx, "observatory/places-communes.jte", "cercle", places.unit("cercle", cercle, AdminLevel.CERCLE).orElse(null),
                "region", region, "communes", communes);
    }
}

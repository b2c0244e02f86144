package org.vigie.reports.charts;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.incidents.IncidentFilter;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.places.PlaceCount;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Page;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The map of incidents for those who read the observatory: the counts by region and by cercle under the
 * list's filters, as tables and as choropleth maps drawn on the server (so the page needs no script and
 * prints as it shows). It lives here rather than in the observatory because the maps are the reports'.
 */
public final class IncidentMapRoutes implements Routes {
    private static final Role[] READERS = {Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR, Role.OBSERVER};
    private final Observatory observatory;
    private final Views views;
    private final Boundaries regions = Boundaries.of(AdminLevel.REGION);
    private final Boundaries cercles = Boundaries.of(AdminLevel.CERCLE);

    public IncidentMapRoutes(Observatory observatory, Views views) {
        this.observatory = observatory;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/incidents/map", this::map, READERS);
    }

    private void map(Context ctx) {
        IncidentFilter f = IncidentFilter.parse(ctx::queryParam, Http.user(ctx));
        List<PlaceCount> byRegion = observatory.countsByPlace(f, false);
        List<PlaceCount> byCercle = observatory.countsByPlace(f, true);
        Page page = Http.page(ctx);
        views.render(ctx, "observatory/map.jte", "filter", f, "regions", byRegion, "cercles", byCercle, "observatory", observatory,
                "regionMap", svg(page, regions, byRegion, "incidents.by_region"),
                "cercleMap", svg(page, cercles, byCercle, "incidents.by_cercle"));
    }

    private static String svg(Page page, Boundaries boundaries, List<PlaceCount> counts, String titleKey) {
        // Every unit has a count: a place without incidents is 0, not "no data".
        Map<PCode, Long> values = new HashMap<>();
        boundaries.units().forEach(u -> values.put(u.code(), 0L));
        counts.forEach(c -> values.put(c.place(), c.incidents()));
        return new ChoroplethMap(page.t(titleKey), page.t("incidents.map_lead"), page.t("incidents.incidents"), boundaries, values,
                ClassBreaks.counts(values.values(), 5), page.lang()).toSvg();
    }
}

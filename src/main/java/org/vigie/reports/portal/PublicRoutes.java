package org.vigie.reports.portal;

import io.javalin.http.Context;
import java.util.List;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Page;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The public portal, without login, in French and English: key figures, statistics, closed schools and
 * recommendations. Every count comes from {@link PublicStatistics}, so through {@link PublicTable#publish}.
 */
public final class PublicRoutes implements Routes {
    private final PublicStatistics statistics;
    private final Views views;

    public PublicRoutes(PublicStatistics statistics, Views views) {
        this.statistics = statistics;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/public", this::home, Access.ANYONE);
        r.get("/public/statistics", this::statisticsPage, Access.ANYONE);
        r.get("/public/schools", this::schools, Access.ANYONE);
        r.get("/public/recommendations", ctx -> views.render(ctx, "reports/public_recommendations.jte",
                "tables", statistics.recommendations()), Access.ANYONE);
    }

    private void home(Context ctx) {
        int year = statistics.year(ctx.queryParam("year"));
        views.render(ctx, "reports/public_home.jte", "year", year, "years", statistics.years(), "tables", statistics.keyFigures(year));
    }

    private void statisticsPage(Context ctx) {
        int year = statistics.year(ctx.queryParam("year"));
        List<PublicTable> tables = statistics.statistics(year);
        Page page = Http.page(ctx);
        String map = statistics.regionMap(tables.get(0), page.lang(), page.t("reports.figure.incidents.by_region"),
                page.t("reports.public.lead", String.valueOf(year)), page.t("reports.unit.incidents"));
        views.render(ctx, "reports/public_statistics.jte", "year", year, "years", statistics.years(), "tables", tables, "map", map);
    }

    private void schools(Context ctx) {
        int year = statistics.year(ctx.queryParam("year"));
        views.render(ctx, "reports/public_schools.jte", "year", year, "years", statistics.years(), "table", statistics.schools(year));
    }
}

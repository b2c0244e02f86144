package org.vigie.reports.portal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.vigie.errors.NotFound;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * The public portal, without login: the files of the latest published snapshot's site ({@link Portal}), the
 * same as {@code vigie publish --out} writes, under {@code /public/}, with an entity tag each and a cache
 * lifetime. The addresses of earlier versions ({@code /public/statistics?year=2025}) lead to their page.
 */
public final class PublicRoutes implements Routes {
    /** How long a browser or a proxy may keep a portal file before asking again (with its entity tag). */
    static final String CACHE = "public, max-age=300";
    private final Portal portal;
    private final PublicStatistics statistics;

    public PublicRoutes(Portal portal, PublicStatistics statistics) {
        this.portal = portal;
        this.statistics = statistics;
    }

    @Override
    public void register(Router r) {
        r.get("/public", ctx -> ctx.redirect("/public/" + Http.lang(ctx).code() + "/index.html"), Access.ANYONE);
        r.get("/public/statistics", ctx -> ctx.redirect(page(ctx, "statistics-" + statistics.year(ctx.queryParam("year")))), Access.ANYONE);
        r.get("/public/schools", ctx -> ctx.redirect(page(ctx, "schools-" + statistics.year(ctx.queryParam("year")))), Access.ANYONE);
        r.get("/public/recommendations", ctx -> ctx.redirect(page(ctx, "recommendations")), Access.ANYONE);
        r.get("/public/<path>", this::file, Access.ANYONE);
    }

    private static String page(Context ctx, String name) {
        return "/public/" + Http.lang(ctx).code() + "/" + name + ".html";
    }

    private void file(Context ctx) {
        String path = ctx.pathParam("path");
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        PortalSite.SiteFile f = portal.site().file(path).orElseThrow(() -> new NotFound("public file"));
        ctx.header("ETag", f.etag());
        ctx.header("Cache-Control", CACHE);
        String match = ctx.header("If-None-Match");
        if (match != null && (match.equals(f.etag()) || match.equals("W/" + f.etag()))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(f.contentType()).result(f.bytes());
    }
}

package org.vigie.registries.schools;

import io.javalin.http.Context;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.registries.Input;
import org.vigie.registries.LinkSearch;
import org.vigie.registries.RegistryAccess;
import org.vigie.registries.RegistryRoutes;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The pages of the closed schools registry: list with counts by region, a school's history, the forms.
 * A change answers with a redirect to the school's page, or that page again with the error.
 */
public final class SchoolRoutes implements Routes {
    public static final Role[] UPDATERS = {Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR, Role.FOCAL_POINT, Role.VALIDATOR};
    private final SchoolRegistry schools;
    private final Views views;

    public SchoolRoutes(SchoolRegistry schools, Views views) {
        this.schools = schools;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/registries/schools", this::list, Access.LOGGED_IN);
        r.get("/registries/schools/new", ctx -> form(ctx, Input.empty(), null), RegistryAccess.EDITORS);
        r.post("/registries/schools", this::create, RegistryAccess.EDITORS);
        r.get("/registries/schools/{id}", ctx -> show(ctx, null, Input.empty()), Access.LOGGED_IN);
        r.post("/registries/schools/{id}/reopening", ctx -> act(ctx, () -> schools.reopen(Http.user(ctx), Http.ip(ctx), id(ctx),
                RegistryRoutes.form(ctx))), UPDATERS);
        r.post("/registries/schools/{id}/closures", ctx -> act(ctx, () -> schools.closeAgain(Http.user(ctx), Http.ip(ctx), id(ctx),
                RegistryRoutes.form(ctx))), UPDATERS);
        r.post("/registries/schools/{id}/verification", ctx -> act(ctx, () -> schools.verify(Http.user(ctx), Http.ip(ctx), id(ctx),
                RegistryRoutes.form(ctx))), RegistryAccess.EDITORS);
        r.get("/registries/schools/{id}/links", ctx -> linkSearch(ctx, ctx.queryParam("q"), null, Input.empty()), RegistryAccess.EDITORS);
        r.post("/registries/schools/{id}/recommendations", this::link, RegistryAccess.EDITORS);
    }

    private void list(Context ctx) {
        Principal p = Http.user(ctx);
        Input in = RegistryRoutes.query(ctx);
        SchoolFilter f = SchoolFilter.from(in, RegistryRoutes.offset(ctx), 50);
        views.render(ctx, "registries/schools.jte", "items", schools.find(p, f), "total", schools.count(f),
                "counts", schools.countsByRegion(p, f), "filter", f, "regions", schools.places().regions(),
                "cercles", schools.places().cercles(f.region()), "editor", RegistryAccess.isEditor(p));
    }

    private void form(Context ctx, Input in, InvalidInput refusal) {
        views.render(ctx, "registries/school_form.jte", "form", in, "errors", Http.page(ctx).errors(refusal));
    }

    private void create(Context ctx) {
        Input in = RegistryRoutes.form(ctx);
        try {
            ctx.redirect("/registries/schools/" + schools.register(Http.user(ctx), Http.ip(ctx), in));
        } catch (InvalidInput e) {
            ctx.status(e instanceof Conflict ? 409 : 400);
            form(ctx, in, e);
        }
    }

    /** The suggestions for what was typed in the recommendation field: alone to htmx, else the school's page with them. */
    private void linkSearch(Context ctx, String q, InvalidInput refusal, Input typed) {
        long id = id(ctx);
        LinkSearch search = schools.linkSearch(Http.user(ctx), id, q, Http.page(ctx).langCode());
        if (refusal != null || !RegistryRoutes.suggestionsAlone(ctx, views, "/registries/schools/" + id + "/recommendations", search)) {
            show(ctx, refusal, typed, search);
        }
    }

    private void link(Context ctx) {
        Input in = RegistryRoutes.form(ctx);
        try {
            schools.linkRecommendation(Http.user(ctx), Http.ip(ctx), id(ctx), in);
            ctx.redirect("/registries/schools/" + id(ctx) + "#links");
        } catch (InvalidInput e) {
            ctx.status(400);
            linkSearch(ctx, in.one("recommendation"), e, in);
        }
    }

    private void show(Context ctx, InvalidInput refusal, Input typed) {
        show(ctx, refusal, typed, LinkSearch.NONE);
    }

    private void show(Context ctx, InvalidInput refusal, Input typed, LinkSearch search) {
        Principal p = Http.user(ctx);
        long id = id(ctx);
        views.render(ctx, "registries/school.jte", "s", schools.byId(p, id), "history", schools.history(id),
                "recommendations", schools.recommendationsOf(id), "mayUpdate", schools.mayUpdate(p),
                "editor", RegistryAccess.isEditor(p), "errors", Http.page(ctx).errors(refusal), "typed", typed, "search", search);
    }

    private void act(Context ctx, Runnable change) {
        try {
            change.run();
            ctx.redirect("/registries/schools/" + id(ctx));
        } catch (InvalidInput e) {
            ctx.status(e instanceof Conflict ? 409 : 400);
            // The page again with every fault beside its field and what was typed in the form refused.
            show(ctx, e, RegistryRoutes.form(ctx));
        }
    }

    private static long id(Context ctx) {
        return Http.pathId(ctx, "id");
    }
}

package org.vigie.registries.reparations;

import io.javalin.http.Context;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.registries.Input;
import org.vigie.registries.LinkSearch;
import org.vigie.registries.RegistryAccess;
import org.vigie.registries.RegistryRoutes;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The pages of the reparation claims registry, which institutions' focal points and validators do not
 * see. A change answers with a redirect to the claim's page, or that page again with the error.
 */
public final class ReparationRoutes implements Routes {
    public static final Role[] READERS = ReparationRegistry.READERS.toArray(Role[]::new);
    private final ReparationRegistry reparations;
    private final Views views;

    public ReparationRoutes(ReparationRegistry reparations, Views views) {
        this.reparations = reparations;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/registries/reparations", this::list, READERS);
        r.get("/registries/reparations/new", ctx -> form(ctx, Input.empty(), null), RegistryAccess.EDITORS);
        r.post("/registries/reparations", this::create, RegistryAccess.EDITORS);
        r.get("/registries/reparations/{id}", ctx -> show(ctx, null, Input.empty()), READERS);
        r.post("/registries/reparations/{id}/statuses", ctx -> act(ctx, () -> reparations.changeStatus(Http.user(ctx), Http.ip(ctx),
                id(ctx), RegistryRoutes.form(ctx))), RegistryAccess.EDITORS);
        r.get("/registries/reparations/{id}/links", ctx -> linkSearch(ctx, ctx.queryParam("q"), null, Input.empty()), RegistryAccess.EDITORS);
        r.post("/registries/reparations/{id}/incidents", this::link, RegistryAccess.EDITORS);
    }

    private void list(Context ctx) {
        ClaimFilter f = ClaimFilter.from(RegistryRoutes.query(ctx), RegistryRoutes.offset(ctx), 50);
        views.render(ctx, "registries/reparations.jte", "items", reparations.find(f), "total", reparations.count(f), "filter", f,
                "editor", RegistryAccess.isEditor(Http.user(ctx)));
    }

    private void form(Context ctx, Input in, InvalidInput refusal) {
        views.render(ctx, "registries/reparation_form.jte", "form", in, "errors", Http.page(ctx).errors(refusal));
    }

    private void create(Context ctx) {
        Input in = RegistryRoutes.form(ctx);
        try {
            ctx.redirect("/registries/reparations/" + reparations.submit(Http.user(ctx), Http.ip(ctx), in));
        } catch (InvalidInput e) {
            ctx.status(e instanceof Conflict ? 409 : 400);
            form(ctx, in, e);
        }
    }

    /** The suggestions for what was typed in the incident field: alone to htmx, else the claim's page with them. */
    private void linkSearch(Context ctx, String q, InvalidInput refusal, Input typed) {
        long id = id(ctx);
        LinkSearch search = reparations.linkSearch(Http.user(ctx), id, q);
        if (refusal != null || !RegistryRoutes.suggestionsAlone(ctx, views, "/registries/reparations/" + id + "/incidents", search)) {
            show(ctx, refusal, typed, search);
        }
    }

    private void link(Context ctx) {
        Input in = RegistryRoutes.form(ctx);
        try {
            reparations.linkIncident(Http.user(ctx), Http.ip(ctx), id(ctx), in);
            ctx.redirect("/registries/reparations/" + id(ctx) + "#links");
        } catch (InvalidInput e) {
            ctx.status(400);
            linkSearch(ctx, in.one("incident"), e, in);
        }
    }

    private void show(Context ctx, InvalidInput refusal, Input typed) {
        show(ctx, refusal, typed, LinkSearch.NONE);
    }

    private void show(Context ctx, InvalidInput refusal, Input typed, LinkSearch search) {
        long id = id(ctx);
        views.render(ctx, "registries/reparation.jte", "c", reparations.byId(id), "history", reparations.history(id),
                "incidents", reparations.incidentsOf(Http.user(ctx), id), "editor", RegistryAccess.isEditor(Http.user(ctx)),
                "errors", Http.page(ctx).errors(refusal), "typed", typed, "search", search);
    }

    private void act(Context ctx, Runnable change) {
        try {
            change.run();
            ctx.redirect("/registries/reparations/" + id(ctx));
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

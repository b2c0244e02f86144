package org.vigie.registries.proceedings;

import io.javalin.http.Context;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.registries.Input;
import org.vigie.registries.LinkSearch;
import org.vigie.registries.RegistryAccess;
import org.vigie.registries.RegistryRoutes;
import org.vigie.registries.schools.SchoolRoutes;
import org.vigie.security.Principal;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The pages of the proceedings registry. A change answers with a redirect to the proceeding's page,
 * or that page again with the error.
 */
public final class ProceedingRoutes implements Routes {
    private final ProceedingRegistry proceedings;
    private final Views views;

    public ProceedingRoutes(ProceedingRegistry proceedings, Views views) {
        this.proceedings = proceedings;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/registries/proceedings", this::list, Access.LOGGED_IN);
        r.get("/registries/proceedings/new", ctx -> form(ctx, Input.empty(), null), RegistryAccess.EDITORS);
        r.post("/registries/proceedings", this::create, RegistryAccess.EDITORS);
        r.get("/registries/proceedings/{id}", ctx -> show(ctx, null, Input.empty()), Access.LOGGED_IN);
        r.post("/registries/proceedings/{id}/stages", ctx -> act(ctx, () -> proceedings.changeStage(Http.user(ctx), Http.ip(ctx),
                id(ctx), RegistryRoutes.form(ctx))), SchoolRoutes.UPDATERS);
        r.get("/registries/proceedings/{id}/links", ctx -> linkSearch(ctx, ctx.queryParam("field"), ctx.queryParam("q"), null, Input.empty()),
                RegistryAccess.EDITORS);
        r.post("/registries/proceedings/{id}/links", this::link, RegistryAccess.EDITORS);
    }

    private void list(Context ctx) {
        ProceedingFilter f = ProceedingFilter.from(RegistryRoutes.query(ctx), RegistryRoutes.offset(ctx), 50);
        views.render(ctx, "registries/proceedings.jte", "items", proceedings.find(Http.user(ctx), f), "total", proceedings.count(f),
                "filter", f, "editor", RegistryAccess.isEditor(Http.user(ctx)));
    }

    private void form(Context ctx, Input in, InvalidInput refusal) {
        views.render(ctx, "registries/proceeding_form.jte", "form", in, "errors", Http.page(ctx).errors(refusal),
                "names", RegistryAccess.seesSuspectNames(Http.user(ctx)));
    }

    private void create(Context ctx) {
        Input in = RegistryRoutes.form(ctx);
        try {
            ctx.redirect("/registries/proceedings/" + proceedings.open(Http.user(ctx), Http.ip(ctx), in));
        } catch (InvalidInput e) {
            ctx.status(e instanceof Conflict ? 409 : 400);
            form(ctx, in, e);
        }
    }

    /** The suggestions for what was typed in a link field: alone to htmx, else the proceeding's page with them. */
    private void linkSearch(Context ctx, String field, String q, InvalidInput refusal, Input typed) {
        long id = id(ctx);
        LinkSearch search = proceedings.linkSearch(Http.user(ctx), id, field, q, Http.page(ctx).langCode());
        if (refusal != null || !RegistryRoutes.suggestionsAlone(ctx, views, "/registries/proceedings/" + id + "/links", search)) {
            show(ctx, refusal, typed, search);
        }
    }

    private void link(Context ctx) {
        Input in = RegistryRoutes.form(ctx);
        try {
            proceedings.link(Http.user(ctx), Http.ip(ctx), id(ctx), in);
            ctx.redirect("/registries/proceedings/" + id(ctx) + "#links");
        } catch (InvalidInput e) {
            ctx.status(400);
            linkSearch(ctx, e.field(), in.one(e.field()), e, in);
        }
    }

    private void show(Context ctx, InvalidInput refusal, Input typed) {
        show(ctx, refusal, typed, LinkSearch.NONE);
    }

    private void show(Context ctx, InvalidInput refusal, Input typed, LinkSearch search) {
        Principal p = Http.user(ctx);
        long id = id(ctx);
        views.render(ctx, "registries/proceeding.jte", "p", proceedings.byId(p, Http.ip(ctx), id), "history", proceedings.history(id),
                "incidents", proceedings.incidentsOf(Http.user(ctx), id), "recommendations", proceedings.recommendationsOf(id),
                "mayUpdate", proceedings.mayUpdate(p), "names", RegistryAccess.seesSuspectNames(p), "errors", Http.page(ctx).errors(refusal),
                "typed", typed, "search", search);
    }

    private void act(Context ctx, Runnable change) {
        try {
            change.run();
            ctx.redirect("/registries/proceedings/" + id(ctx));
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

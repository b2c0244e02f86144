package org.vigie.registries;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.vigie.registries.proceedings.ProceedingFilter;
import org.vigie.registries.proceedings.ProceedingRegistry;
import org.vigie.registries.reparations.ClaimFilter;
import org.vigie.registries.reparations.ReparationRegistry;
import org.vigie.registries.reparations.ReparationRoutes;
import org.vigie.registries.schools.SchoolFilter;
import org.vigie.registries.schools.SchoolRegistry;
import org.vigie.registries.schools.SchoolRoutes;
import org.vigie.security.Principal;
import org.vigie.web.Access;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * The registries' JSON API under {@code /api/v1/registries}. Bodies are JSON objects with the same
 * fields as the forms (arrays for several values); answers carry codes, not labels.
 */
public final class RegistriesApi implements Routes {
    private static final String BASE = "/api/v1/registries";
    private final Registries registries;

    public RegistriesApi(Registries registries) {
        this.registries = registries;
    }

    @Override
    public void register(Router r) {
        SchoolRegistry schools = registries.schools();
        ProceedingRegistry proceedings = registries.proceedings();
        ReparationRegistry reparations = registries.reparations();
        r.get(BASE + "/schools", this::schools, Access.LOGGED_IN);
        r.post(BASE + "/schools", ctx -> created(ctx, schools.register(Http.user(ctx), Http.ip(ctx), body(ctx)),
                this::school), RegistryAccess.EDITORS);
        r.get(BASE + "/schools/{id}", ctx -> ctx.json(school(ctx, id(ctx))), Access.LOGGED_IN);
        r.post(BASE + "/schools/{id}/reopening", ctx -> changed(ctx, () -> schools.reopen(Http.user(ctx), Http.ip(ctx), id(ctx),
                body(ctx)), this::school), SchoolRoutes.UPDATERS);
        r.post(BASE + "/schools/{id}/closures", ctx -> changed(ctx, () -> schools.closeAgain(Http.user(ctx), Http.ip(ctx), id(ctx),
                body(ctx)), this::school), SchoolRoutes.UPDATERS);
        r.post(BASE + "/schools/{id}/recommendations", ctx -> changed(ctx, () -> schools.linkRecommendation(Http.user(ctx), Http.ip(ctx),
                id(ctx), body(ctx)), this::school), RegistryAccess.EDITORS);
        r.get(BASE + "/proceedings", this::proceedings, Access.LOGGED_IN);
        r.post(BASE + "/proceedings", ctx -> created(ctx, proceedings.open(Http.user(ctx), Http.ip(ctx), body(ctx)), this::proceeding),
                RegistryAccess.EDITORS);
        r.get(BASE + "/proceedings/{id}", ctx -> ctx.json(proceeding(ctx, id(ctx))), Access.LOGGED_IN);
        r.post(BASE + "/proceedings/{id}/stages", ctx -> changed(ctx, () -> proceedings.changeStage(Http.user(ctx), Http.ip(ctx),
                id(ctx), body(ctx)), this::proceeding), SchoolRoutes.UPDATERS);
        r.post(BASE + "/proceedings/{id}/links", ctx -> changed(ctx, () -> proceedings.link(Http.user(ctx), Http.ip(ctx),
                id(ctx), body(ctx)), this::proceeding), RegistryAccess.EDITORS);
        r.get(BASE + "/reparations", this::claims, ReparationRoutes.READERS);
        r.post(BASE + "/reparations", ctx -> created(ctx, reparations.submit(Http.user(ctx), Http.ip(ctx), body(ctx)), this::claim),
                RegistryAccess.EDITORS);
        r.get(BASE + "/reparations/{id}", ctx -> ctx.json(claim(ctx, id(ctx))), ReparationRoutes.READERS);
        r.post(BASE + "/reparations/{id}/statuses", ctx -> changed(ctx, () -> reparations.changeStatus(Http.user(ctx), Http.ip(ctx),
                id(ctx), body(ctx)), this::claim), RegistryAccess.EDITORS);
        r.post(BASE + "/reparations/{id}/incidents", ctx -> changed(ctx, () -> reparations.linkIncident(Http.user(ctx), Http.ip(ctx),
                id(ctx), body(ctx)), this::claim), RegistryAccess.EDITORS);
    }

    private void schools(Context ctx) {
        Principal p = Http.user(ctx);
        SchoolFilter f = SchoolFilter.from(RegistryRoutes.query(ctx), RegistryRoutes.offset(ctx), Http.queryInt(ctx, "limit", 50));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schools", registries.schools().find(p, f));
        out.put("total", registries.schools().count(f));
        out.put("offset", f.offset());
        out.put("counts_by_region", registries.schools().countsByRegion(p, f));
        ctx.json(out);
    }

    private Map<String, Object> school(Context ctx, long id) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("school", registries.schools().byId(Http.user(ctx), id));
        out.put("closures", registries.schools().history(id));
        out.put("recommendations", registries.schools().recommendationsOf(id));
        return out;
    }

    private void proceedings(Context ctx) {
        ProceedingFilter f = ProceedingFilter.from(RegistryRoutes.query(ctx), RegistryRoutes.offset(ctx), Http.queryInt(ctx, "limit", 50));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("proceedings", registries.proceedings().find(Http.user(ctx), f));
        out.put("total", registries.proceedings().count(f));
        out.put("offset", f.offset());
        ctx.json(out);
    }

    private Map<String, Object> proceeding(Context ctx, long id) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("proceeding", registries.proceedings().byId(Http.user(ctx), Http.ip(ctx), id));
        out.put("stages", registries.proceedings().history(id));
        out.put("incidents", registries.proceedings().incidentsOf(Http.user(ctx), id));
        out.put("recommendations", registries.proceedings().recommendationsOf(id));
        return out;
    }

    private void claims(Context ctx) {
        ClaimFilter f = ClaimFilter.from(RegistryRoutes.query(ctx), RegistryRoutes.offset(ctx), Http.queryInt(ctx, "limit", 50));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("claims", registries.reparations().find(f));
        out.put("total", registries.reparations().count(f));
        out.put("offset", f.offset());
        ctx.json(out);
    }

    private Map<String, Object> claim(Context ctx, long id) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("claim", registries.reparations().byId(id));
        out.put("statuses", registries.reparations().history(id));
        out.put("incidents", registries.reparations().incidentsOf(Http.user(ctx), id));
        return out;
    }

    /** Answers 201 with the view of what was created. */
    private static void created(Context ctx, long id, BiFunction<Context, Long, Map<String, Object>> view) {
        ctx.status(201).json(view.apply(ctx, id));
    }

    private static void changed(Context ctx, Runnable change, BiFunction<Context, Long, Map<String, Object>> view) {
        change.run();
        ctx.json(view.apply(ctx, id(ctx)));
    }

    private static Input body(Context ctx) {
        return RegistryRoutes.json(ctx);
    }

    private static long id(Context ctx) {
        return Http.pathId(ctx, "id");
    }
}

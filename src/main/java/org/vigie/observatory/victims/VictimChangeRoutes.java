package org.vigie.observatory.victims;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The pages that change a victim after it is recorded: its facts (a form of their own), its identity
 * (the form shown with the identity after an audited reading), its consent and its deletion (forms on
 * the victim's page). Each answers with a redirect to the victim's page, or the form again with the error.
 */
public final class VictimChangeRoutes implements Routes {
    private final Victims victims;
    private final Views views;
    private final VictimRoutes pages;

    public VictimChangeRoutes(Victims victims, Views views) {
        this.victims = victims;
        this.views = views;
        this.pages = new VictimRoutes(victims, views);
    }

    @Override
    public void register(Router r) {
        r.get("/incidents/{id}/victims/{victim}/edit", ctx -> form(ctx, null), VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}", this::edit, VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/identity/change", this::changeIdentity, VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/consent", this::changeConsent, VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/delete", this::delete, VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/photos/{photo}/delete", this::removePhoto, VictimRoutes.RECORDERS);
    }

    private void form(Context ctx, String error) {
        long id = Http.pathId(ctx, "id");
        long victimId = Http.pathId(ctx, "victim");
        if (!victims.changes().permissions(id, victimId, Http.user(ctx)).edit()) {
            throw new Forbidden("may not edit victim " + victimId);
        }
        views.render(ctx, "observatory/victims-edit.jte", "victim", victims.victim(id, victimId, Http.user(ctx)),
                "acts", victims.actTypes(id), "actIds", victims.changes().actIds(id), "error", error);
    }

    private void edit(Context ctx) {
        try {
            victims.changes().edit(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), VictimForm.read(ctx.formParamMap()),
                    Http.user(ctx), Http.ip(ctx));
            back(ctx, "facts");
        } catch (InvalidInput e) {
            ctx.status(400);
            form(ctx, Http.page(ctx).explain(e));
        }
    }

    private void changeIdentity(Context ctx) {
        try {
            victims.changes().changeIdentity(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), VictimForm.identity(ctx.formParamMap()),
                    Http.user(ctx), Http.ip(ctx));
            back(ctx, "identity");
        } catch (InvalidInput e) {
            refused(ctx, e);
        }
    }

    private void changeConsent(Context ctx) {
        try {
            victims.changes().changeConsent(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), VictimForm.consent(ctx.formParamMap()),
                    Http.user(ctx), Http.ip(ctx));
            back(ctx, "consent");
        } catch (InvalidInput e) {
            refused(ctx, e);
        }
    }

    private void delete(Context ctx) {
        long id = Http.pathId(ctx, "id");
        try {
            if (!"yes".equals(ctx.formParam("confirm"))) {
                throw new InvalidInput("confirm", "observatory.victim.confirm_delete");
            }
            String pseudonym = victims.changes().delete(id, Http.pathId(ctx, "victim"), Http.user(ctx), Http.ip(ctx));
            ctx.redirect("/incidents/" + id + "/victims?deleted=" + pseudonym, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            refused(ctx, e);
        }
    }

    private void removePhoto(Context ctx) {
        victims.changes().removePhoto(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), Http.pathId(ctx, "photo"), Http.user(ctx),
                Http.ip(ctx));
        back(ctx, "identity");
    }

    private void refused(Context ctx, InvalidInput e) {
        ctx.status(400);
        pages.show(ctx, null, List.of(), Http.page(ctx).explain(e), false);
    }

    private static void back(Context ctx, String changed) {
        ctx.redirect("/incidents/" + Http.pathId(ctx, "id") + "/victims/" + Http.pathId(ctx, "victim") + "?changed=" + changed,
                HttpStatus.SEE_OTHER);
    }
}

package org.vigie.observatory.victims;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.vigie.errors.Faults;
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

    public VictimChangeRoutes(Victims victims, Views views, java.util.function.BiFunction<String, java.util.Locale, String> actLabel) {
        this.victims = victims;
        this.views = views;
        this.pages = new VictimRoutes(victims, views, actLabel);
    }

    @Override
    public void register(Router r) {
        r.get("/incidents/{id}/victims/{victim}/edit", ctx -> form(ctx, null, null), VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}", this::edit, VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/identity/change", this::changeIdentity, VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/consent", this::changeConsent, VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/delete", this::delete, VictimRoutes.RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/photos/{photo}/delete", this::removePhoto, VictimRoutes.RECORDERS);
    }

    private void form(Context ctx, InvalidInput refusal, Map<String, List<String>> typed) {
        long id = Http.pathId(ctx, "id");
        long victimId = Http.pathId(ctx, "victim");
        if (!victims.changes().permissions(id, victimId, Http.user(ctx)).edit()) {
            throw new Forbidden("may not edit victim " + victimId);
        }
        Victim victim = victims.victim(id, victimId, Http.user(ctx));
        List<Long> actIds = victims.changes().actIds(id);
        views.render(ctx, "observatory/victims-edit.jte", "victim", victim, "acts", pages.labels(ctx, victims.actTypes(id)),
                "b", new VictimBlock(0, typed == null ? recorded(victim, actIds) : typed), "errors", Http.page(ctx).errors(refusal));
    }

    /** The victim's recorded facts as the form's fields, for the form before any change. */
    private static Map<String, List<String>> recorded(Victim v, List<Long> actIds) {
        Map<String, List<String>> f = new java.util.HashMap<>();
        f.put("sex", v.sex() == null ? List.of() : List.of(v.sex().name().toLowerCase(java.util.Locale.ROOT)));
        f.put("age", v.age() == null ? List.of() : List.of(v.age().toString()));
        f.put("age_group", v.ageGroup() == null ? List.of() : List.of(v.ageGroup().name().toLowerCase(java.util.Locale.ROOT)));
        f.put("categories", v.categories().stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList());
        List<String> acts = new java.util.ArrayList<>();
        for (int i = 0; i < actIds.size(); i++) {
            if (v.actIds().contains(actIds.get(i))) {
                acts.add(Integer.toString(i));
            }
        }
        f.put("acts", acts);
        return f;
    }

    private void edit(Context ctx) {
        try {
            // Every fault at once: those of reading the form and those of the rules.
            Faults faults = new Faults();
            VictimDraft draft = VictimForm.read(ctx.formParamMap(), faults);
            faults.run(() -> VictimChecks.ageGroup(draft));
            faults.throwIfAny();
            victims.changes().edit(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), draft, Http.user(ctx), Http.ip(ctx));
            back(ctx, "facts");
        } catch (InvalidInput e) {
            ctx.status(400);
            form(ctx, e, ctx.formParamMap());
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
        pages.refused(ctx, e);
    }

    private static void back(Context ctx, String changed) {
        ctx.redirect("/incidents/" + Http.pathId(ctx, "id") + "/victims/" + Http.pathId(ctx, "victim") + "?changed=" + changed,
                HttpStatus.SEE_OTHER);
    }
}

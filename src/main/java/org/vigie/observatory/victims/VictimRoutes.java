package org.vigie.observatory.victims;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.vigie.errors.Faults;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The victims' pages under an incident: the list (also a partial of the incident page), the form to
 * add one, a victim's facts, and the audited "show the identity" that answers a POST, so that an
 * identity is never in a URL, a history entry or a cache.
 */
public final class VictimRoutes implements Routes {
    static final Role[] READERS = {Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR, Role.OBSERVER};
    static final Role[] RECORDERS = {Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR};
    private static final List<String> CHANGES = List.of("facts", "identity", "consent");
    private final Victims victims;
    private final Views views;

    private final java.util.function.BiFunction<String, java.util.Locale, String> actLabel;

    /** {@code actLabel}: an act type's label in a language (the vocabulary's), so that no code is shown. */
    public VictimRoutes(Victims victims, Views views, java.util.function.BiFunction<String, java.util.Locale, String> actLabel) {
        this.victims = victims;
        this.views = views;
        this.actLabel = actLabel;
    }

    List<String> labels(Context ctx, List<String> codes) {
        java.util.Locale locale = Http.page(ctx).lang().locale();
        return codes.stream().map(c -> actLabel.apply(c, locale)).toList();
    }

    @Override
    public void register(Router r) {
        r.get("/incidents/{id}/victims", this::list, READERS);
        r.get("/incidents/{id}/victims/new", ctx -> form(ctx, null, Map.of()), RECORDERS);
        r.post("/incidents/{id}/victims", this::record, RECORDERS);
        r.get("/incidents/{id}/victims/{victim}", ctx -> show(ctx, null, List.of(), null, false), READERS);
        r.post("/incidents/{id}/victims/{victim}/identity", this::identity, RECORDERS);
        r.post("/incidents/{id}/victims/{victim}/photos", this::addPhoto, RECORDERS);
    }

    private void list(Context ctx) {
        long id = Http.pathId(ctx, "id");
        String recorded = ctx.queryParam("recorded");
        String deleted = ctx.queryParam("deleted");
        String notice = recorded != null ? Http.page(ctx).t("victims.recorded", recorded)
                : deleted != null ? Http.page(ctx).t("victims.deleted", deleted) : null;
        views.render(ctx, "observatory/victims.jte", "victims", victims.list(id, Http.user(ctx)), "notice", notice);
    }

    private void form(Context ctx, InvalidInput refusal, Map<String, List<String>> typed) {
        long id = Http.pathId(ctx, "id");
        VictimList list = victims.list(id, Http.user(ctx));
        if (!list.canRecord()) {
            throw new Forbidden("may not record victims of incident " + id);
        }
        views.render(ctx, "observatory/victims-new.jte", "incidentId", id, "acts", labels(ctx, victims.actTypes(id)),
                "b", new VictimBlock(0, typed), "errors", Http.page(ctx).errors(refusal));
    }

    private void record(Context ctx) {
        long id = Http.pathId(ctx, "id");
        try {
            // Every fault of the form at once: those of reading it and those of the rules.
            Faults faults = new Faults();
            VictimDraft draft = VictimForm.read(ctx.formParamMap(), faults);
            Victim v = victims.record(id, draft, Http.user(ctx), Http.ip(ctx), faults);
            ctx.redirect("/incidents/" + id + "/victims?recorded=" + v.pseudonym(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            form(ctx, e, ctx.formParamMap());
        }
    }

    /** The victim's page; {@code read} when it answers the audited reading of {@code identity} and {@code photos}. */
    void show(Context ctx, Identity identity, List<VictimPhoto> photos, String error, boolean read) {
        show(ctx, identity, photos, error, null, read);
    }

    /** The victim's page again after a refused change: every fault named by its label, linked to its field. */
    void refused(Context ctx, InvalidInput refusal) {
        show(ctx, null, List.of(), null, refusal, false);
    }

    private void show(Context ctx, Identity identity, List<VictimPhoto> photos, String error, InvalidInput refusal, boolean read) {
        long id = Http.pathId(ctx, "id");
        long victimId = Http.pathId(ctx, "victim");
        VictimList list = victims.list(id, Http.user(ctx));
        if (!list.detailsVisible()) {
            throw new Forbidden("victims of incident " + id + " are in the restricted view");
        }
        Victim v = list.victims().stream().filter(x -> x.id() == victimId).findFirst().orElseThrow(() -> new NotFound("victim " + victimId));
        if (read) {
            ctx.header("Cache-Control", "no-store");
        }
        VictimChanges.Permissions may = victims.changes().permissions(id, victimId, Http.user(ctx));
        List<ConsentChange> history = list.identitiesVisible() ? victims.changes().consentHistory(id, victimId, Http.user(ctx)) : List.of();
        String changed = ctx.queryParam("changed");
        String notice = changed != null && CHANGES.contains(changed) ? Http.page(ctx).t("victims.changed." + changed) : null;
        views.render(ctx, "observatory/victims-show.jte", "victim", v, "list", list, "acts", labels(ctx, victims.actTypes(id)),
                "victimActs", labels(ctx, victims.actTypesOf(v)), "identity", identity, "photos", photos, "read", read, "error", error,
                "errors", Http.page(ctx).errors(refusal), "may", may, "history", history,
                "notice", notice);
    }

    private void identity(Context ctx) {
        long id = Http.pathId(ctx, "id");
        long victimId = Http.pathId(ctx, "victim");
        String reason = ctx.formParam("reason");
        try {
            ConsentUse purpose = VictimForm.code(ConsentUse.class, "purpose", ctx.formParam("purpose"));
            Identity identity = victims.identity(id, victimId, Http.user(ctx), Http.ip(ctx), reason,
                    purpose == null ? ConsentUse.DOCUMENTATION : purpose).orElse(null);
            List<VictimPhoto> photos = victims.photos(id, victimId, Http.user(ctx), Http.ip(ctx), reason);
            show(ctx, identity, photos, null, true);
        } catch (IdentityUnreadable e) {
            ctx.status(500).header("Vigie-Error", "identity_unreadable");
            show(ctx, null, List.of(), Http.page(ctx).t("observatory.victim.identity_unreadable", e.pseudonym()), false);
        }
    }

    private void addPhoto(Context ctx) throws IOException {
        long id = Http.pathId(ctx, "id");
        long victimId = Http.pathId(ctx, "victim");
        UploadedFile file = ctx.uploadedFile("photo");
        byte[] bytes = new byte[0];
        if (file != null) {
            try (InputStream in = file.content()) {
                bytes = in.readNBytes(VictimChecks.MAX_PHOTO_BYTES + 1);
            }
        }
        try {
            victims.addPhoto(id, victimId, bytes, Http.user(ctx), Http.ip(ctx));
            ctx.redirect("/incidents/" + id + "/victims/" + victimId, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            refused(ctx, e);
        }
    }
}

package org.vigie.observatory.victims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.web.Http;
import org.vigie.web.JsonBody;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * The victims' JSON API: pseudonyms and facts; an identity only through its own POST, audited, with
 * a reason. Fields and codes are those of the form ({@link VictimForm}).
 */
public final class VictimApi implements Routes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Victims victims;

    public VictimApi(Victims victims) {
        this.victims = victims;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/incidents/{id}/victims", this::list, VictimRoutes.READERS);
        r.post("/api/v1/incidents/{id}/victims", this::record, VictimRoutes.RECORDERS);
        r.get("/api/v1/incidents/{id}/victims/{victim}", this::show, VictimRoutes.READERS);
        r.put("/api/v1/incidents/{id}/victims/{victim}", this::edit, VictimRoutes.RECORDERS);
        r.delete("/api/v1/incidents/{id}/victims/{victim}", this::delete, VictimRoutes.RECORDERS);
        r.delete("/api/v1/incidents/{id}/victims/{victim}/photos/{photo}", this::removePhoto, VictimRoutes.RECORDERS);
        r.post("/api/v1/incidents/{id}/victims/{victim}/identity", this::identity, VictimRoutes.RECORDERS);
        r.get("/api/v1/incidents/{id}/victims/{victim}/consent", this::consentHistory, VictimRoutes.RECORDERS);
        r.put("/api/v1/incidents/{id}/victims/{victim}/consent", this::changeConsent, VictimRoutes.RECORDERS);
    }

    /** Replaces the facts; the identity too when the body names any identity field (a field null or blank is emptied). */
    private void edit(Context ctx) {
        Map<String, List<String>> f = fields(body(ctx));
        long id = Http.pathId(ctx, "id");
        long victimId = Http.pathId(ctx, "victim");
        VictimDraft draft = VictimForm.read(f);
        Victim v = VictimForm.hasIdentity(f)
                ? victims.changes().editWithIdentity(id, victimId, draft, Http.user(ctx), Http.ip(ctx))
                : victims.changes().edit(id, victimId, draft, Http.user(ctx), Http.ip(ctx));
        ctx.json(json(v));
    }

    private void delete(Context ctx) {
        String pseudonym = victims.changes().delete(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), Http.user(ctx), Http.ip(ctx));
        ctx.json(Map.of("pseudonym", pseudonym, "deleted", true));
    }

    private void removePhoto(Context ctx) {
        victims.changes().removePhoto(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), Http.pathId(ctx, "photo"), Http.user(ctx),
                Http.ip(ctx));
        ctx.status(204);
    }

    private void changeConsent(Context ctx) {
        Victim v = victims.changes().changeConsent(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), VictimForm.consent(fields(body(ctx))),
                Http.user(ctx), Http.ip(ctx));
        ctx.json(json(v));
    }

    private void consentHistory(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ConsentChange c : victims.changes().consentHistory(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), Http.user(ctx))) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("uses", c.uses().stream().map(VictimStore::code).sorted().toList());
            one.put("expressed_on", c.expressedOn() == null ? null : c.expressedOn().toString());
            one.put("expressed_by", c.expressedBy());
            one.put("identity_erased", c.identityErased());
            one.put("recorded_by", c.recordedBy());
            one.put("recorded_at", c.recordedAt().toString());
            out.add(one);
        }
        ctx.json(Map.of("history", out));
    }

    private void list(Context ctx) {
        VictimList l = victims.list(Http.pathId(ctx, "id"), Http.user(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("incident_id", l.incidentId());
        out.put("restricted", l.restricted());
        out.put("count", l.count());
        out.put("details_visible", l.detailsVisible());
        out.put("victims", l.victims().stream().map(VictimApi::json).toList());
        ctx.json(out);
    }

    private void show(Context ctx) {
        ctx.json(json(victims.victim(Http.pathId(ctx, "id"), Http.pathId(ctx, "victim"), Http.user(ctx))));
    }

    private void record(Context ctx) {
        Victim v = victims.record(Http.pathId(ctx, "id"), VictimForm.read(fields(body(ctx))), Http.user(ctx), Http.ip(ctx));
        ctx.status(201).json(json(v));
    }

    private void identity(Context ctx) {
        long id = Http.pathId(ctx, "id");
        long victimId = Http.pathId(ctx, "victim");
        JsonNode body = ctx.body().isBlank() ? JSON.createObjectNode() : body(ctx);
        String reason = body.hasNonNull("reason") ? body.get("reason").asText() : null;
        ConsentUse purpose = VictimForm.code(ConsentUse.class, "purpose", body.hasNonNull("purpose") ? body.get("purpose").asText() : null);
        try {
            Identity identity = victims.identity(id, victimId, Http.user(ctx), Http.ip(ctx), reason,
                    purpose == null ? ConsentUse.DOCUMENTATION : purpose).orElse(null);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("victim_id", victimId);
            Map<String, Object> fields = null;
            if (identity != null) {
                fields = new LinkedHashMap<>();
                fields.put("full_name", identity.fullName());
                fields.put("other_names", identity.otherNames());
                fields.put("contact", identity.contact());
                fields.put("document", identity.identityDocument());
                fields.put("notes", identity.notes());
            }
            out.put("identity", fields);
            ctx.header("Cache-Control", "no-store").json(out);
        } catch (IdentityUnreadable e) {
            ctx.status(500).header("Vigie-Error", "identity_unreadable").json(Map.of("error", Map.of("code", "identity_unreadable",
                    "message", e.getMessage())));
        }
    }

    private static Map<String, Object> json(Victim v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", v.id());
        out.put("incident_id", v.incidentId());
        out.put("pseudonym", v.pseudonym());
        out.put("sex", VictimStore.code(v.sex()));
        out.put("age", v.age());
        out.put("age_group", VictimStore.code(v.ageGroup()));
        out.put("categories", v.categories().stream().map(VictimStore::code).sorted().toList());
        out.put("act_ids", v.actIds());
        out.put("has_identity", v.hasIdentity());
        if (v.consent() != null) {
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("uses", v.consent().uses().stream().map(VictimStore::code).sorted().toList());
            consent.put("given_on", v.consent().givenOn() == null ? null : v.consent().givenOn().toString());
            consent.put("given_by", v.consent().givenBy());
            out.put("consent", consent);
            out.put("photo_ids", v.photoIds());
        }
        out.put("created_by", v.createdBy());
        out.put("created_at", v.createdAt().toString());
        return out;
    }

    private static JsonNode body(Context ctx) {
        return JsonBody.object(ctx);
    }

    /** A JSON object as form fields: an array gives several values, anything else one. */
    private static Map<String, List<String>> fields(JsonNode body) {
        return VictimForm.fields(body);
    }
}

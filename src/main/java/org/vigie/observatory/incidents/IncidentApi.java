package org.vigie.observatory.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.links.LinkKind;
import org.vigie.observatory.places.PlaceCount;
import org.vigie.observatory.victims.VictimForm;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.web.Http;
import org.vigie.web.JsonBody;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * The observatory's JSON API under {@code /api/v1/incidents}: list (the HTML list's filters, keyset pages
 * with {@code after}), record (the form's field names as JSON, {@code acts}, {@code sources} and {@code victims} as arrays),
 * one incident, counts by region and cercle, possible duplicates, verification moves and links.
 */
public final class IncidentApi implements Routes {
    private final Observatory observatory;
    private final Verification verification;
    private final IncidentRecorder recorder;

    public IncidentApi(Observatory observatory, Verification verification, IncidentRecorder recorder) {
        this.observatory = observatory;
        this.verification = verification;
        this.recorder = recorder;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/incidents", this::list, IncidentRoutes.READERS);
        r.post("/api/v1/incidents", this::create, IncidentRoutes.RECORDERS);
        r.get("/api/v1/incidents/counts", this::counts, IncidentRoutes.READERS);
        r.get("/api/v1/incidents/duplicates", this::duplicates, IncidentRoutes.ANALYSTS);
        r.get("/api/v1/incidents/{id}", this::show, IncidentRoutes.READERS);
        r.post("/api/v1/incidents/{id}/verification", this::verification, IncidentRoutes.ANALYSTS);
        r.post("/api/v1/incidents/{id}/links", this::link, IncidentRoutes.ANALYSTS);
    }

    private void list(Context ctx) {
        IncidentFilter f = IncidentRoutes.filter(ctx);
        List<IncidentSummary> items = observatory.find(f, Http.user(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", observatory.count(f));
        out.put("incidents", items.stream().map(IncidentApi::summary).toList());
        out.put("next", items.size() == f.limit()
                ? new IncidentFilter.Cursor(items.get(items.size() - 1).date().start(), items.get(items.size() - 1).id()).toString() : null);
        ctx.json(out);
    }

    /** Records the incident with the victims of its {@code victims} array, if any, in one transaction. */
    private void create(Context ctx) {
        JsonNode body = body(ctx);
        // Every fault at once, as the form: the API names each by its machine path (error.fields).
        Faults faults = new Faults();
        IncidentDraft draft = IncidentForm.parse(IncidentForm.json(body), Origin.FORM, faults);
        IncidentRecorder.Recorded r = recorder.record(draft, VictimForm.readAll(body.get("victims")), Http.user(ctx), Http.ip(ctx), faults);
        List<Map<String, Object>> victims = new java.util.ArrayList<>();
        for (int i = 0; i < r.victimIds().size(); i++) {
            victims.add(Map.of("id", r.victimIds().get(i), "pseudonym", r.pseudonyms().get(i)));
        }
        ctx.status(201).json(Map.of("id", r.id(), "reference", r.reference(), "victims", victims));
    }

    private void show(Context ctx) {
        Incident i = observatory.incident(Http.pathId(ctx, "id"), Http.user(ctx));
        Map<String, Object> out = summary(new IncidentSummary(i.id(), i.reference(), i.date(), i.place(), i.title(), i.status(), i.restricted()));
        out.put("gazetteer_edition", i.gazetteerEdition());
        // Free text is absent, not null, for roles that see only coded fields: its absence is the policy.
        if (IncidentDisclosure.showsFreeText(Http.user(ctx).role())) {
            out.put("locality", i.locality());
            out.put("latitude", i.latitude());
            out.put("longitude", i.longitude());
            out.put("description_fr", i.descriptionFr());
            out.put("description_en", i.descriptionEn());
            out.put("external_id", i.externalId());
        }
        out.put("verified_by", i.verifiedBy());
        out.put("verified_at", i.verifiedAt() == null ? null : i.verifiedAt().toString());
        out.put("origin", i.origin().code());
        out.put("acts", i.acts().stream().map(a -> Map.of("act_type", a.actType(), "unrecorded_victims", a.unrecordedVictims(),
                "perpetrators", a.perpetrators().stream().map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("category", p.category().name().toLowerCase(Locale.ROOT));
                    if (p.groupName() != null) {
                        m.put("group_name", p.groupName());
                    }
                    m.put("involvement", p.involvement());
                    return m;
                }).toList())).toList());
        out.put("sources", i.sources().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", s.kind());
            if (s.description() != null) {
                m.put("description", s.description());
            }
            m.put("reported_on", s.reportedOn() == null ? null : s.reportedOn().toString());
            m.put("reliability", s.reliability());
            return m;
        }).toList());
        out.put("links", i.links().stream().map(l -> Map.of("kind", l.kind().code(), "incident", l.otherId(),
                "reference", l.otherReference(), "outgoing", l.outgoing())).toList());
        ctx.json(out);
    }

    private void counts(Context ctx) {
        IncidentFilter f = IncidentRoutes.filter(ctx);
        ctx.json(Map.of("regions", counts(observatory.countsByPlace(f, false)), "cercles", counts(observatory.countsByPlace(f, true))));
    }

    private static List<Map<String, Object>> counts(List<PlaceCount> counts) {
        return counts.stream().map(c -> Map.<String, Object>of("pcode", c.place().value(), "name", c.name(), "incidents", c.incidents()))
                .toList();
    }

    private void duplicates(Context ctx) {
        ctx.json(Map.of("pairs", verification.possibleDuplicates(Http.user(ctx), 200).stream()
                .map(p -> List.of(summary(p.first()), summary(p.second()))).toList()));
    }

    private void verification(Context ctx) {
        JsonNode body = body(ctx);
        String to = body.path("to").asText("");
        VerificationStatus target;
        try {
            target = VerificationStatus.valueOf(to.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("to", "observatory.incident.unknown_code", to);
        }
        long id = Http.pathId(ctx, "id");
        verification.move(Http.user(ctx), Http.ip(ctx), id, target);
        ctx.json(Map.of("id", id, "verification_status", target.name().toLowerCase(Locale.ROOT)));
    }

    private void link(Context ctx) {
        JsonNode body = body(ctx);
        long id = Http.pathId(ctx, "id");
        long to = observatory.idOf(body.path("to").asText(""));
        LinkKind kind = LinkKind.parse("kind", body.path("kind").asText(""));
        verification.link(Http.user(ctx), Http.ip(ctx), id, to, kind);
        ctx.status(201).json(Map.of("from", id, "to", to, "kind", kind.code()));
    }

    static Map<String, Object> summary(IncidentSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("reference", s.reference());
        m.put("date_start", s.date().start().toString());
        m.put("date_end", s.date().end().toString());
        m.put("date_precision", s.date().precision().name().toLowerCase(Locale.ROOT));
        m.put("pcode", s.place().value());
        if (s.title() != null) {
            m.put("title", s.title());
        }
        m.put("verification_status", s.status().name().toLowerCase(Locale.ROOT));
        m.put("restricted", s.restricted());
        return m;
    }

    public static JsonNode body(Context ctx) {
        return JsonBody.object(ctx);
    }
}

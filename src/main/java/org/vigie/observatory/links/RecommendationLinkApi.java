package org.vigie.observatory.links;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.errors.NotFound;
import org.vigie.observatory.incidents.IncidentApi;
import org.vigie.observatory.incidents.IncidentRoutes;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * Incidents linked to recommendations, in JSON: a recommendation's incidents (as the caller may see
 * incidents), linking one by reference or number, unlinking; an incident's recommendations.
 */
public final class RecommendationLinkApi implements Routes {
    private final RecommendationLinks links;

    public RecommendationLinkApi(Observatory observatory) {
        this.links = observatory.recommendationLinks();
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/recommendations/{id}/incidents", this::incidents, IncidentRoutes.READERS);
        r.post("/api/v1/recommendations/{id}/incidents", this::link, RecommendationLinks.LINKERS);
        r.delete("/api/v1/recommendations/{id}/incidents/{incidentId}", this::unlink, RecommendationLinks.LINKERS);
        r.get("/api/v1/incidents/{id}/recommendations", this::recommendations, IncidentRoutes.READERS);
    }

    private void incidents(Context ctx) {
        RecommendationRef r = links.recommendation(Http.pathId(ctx, "id"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recommendation", r.id());
        out.put("reference", r.reference());
        out.put("incidents", links.incidentsOf(Http.user(ctx), r.id()).stream().map(RecommendationLinkApi::incident).toList());
        ctx.json(out);
    }

    private void link(Context ctx) {
        long id = Http.pathId(ctx, "id");
        JsonNode body = IncidentApi.body(ctx);
        String incident = body.path("incident").asText("");
        boolean added = links.linkIncident(Http.user(ctx), Http.ip(ctx), id, incident,
                new LinkNote(body.path("note").isTextual() ? body.path("note").asText() : null));
        ctx.status(added ? 201 : 200).json(Map.of("recommendation", id, "incidents", links.incidentsOf(Http.user(ctx), id).stream()
                .map(RecommendationLinkApi::incident).toList(), "added", added));
    }

    private void unlink(Context ctx) {
        if (!links.unlink(Http.user(ctx), Http.ip(ctx), Http.pathId(ctx, "incidentId"), Http.pathId(ctx, "id"))) {
            throw new NotFound("link");
        }
        ctx.status(204);
    }

    private void recommendations(Context ctx) {
        long id = Http.pathId(ctx, "id");
        List<Map<String, Object>> out = links.recommendationsOf(Http.user(ctx), id).stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.recommendation().id());
            m.put("reference", l.recommendation().reference());
            m.put("text", l.recommendation().text());
            m.put("status", l.recommendation().status());
            m.put("note", l.note());
            m.put("linked_by", l.linkedBy());
            m.put("linked_at", l.linkedAt().toString());
            return m;
        }).toList();
        ctx.json(Map.of("incident", id, "recommendations", out));
    }

    private static Map<String, Object> incident(LinkedIncident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("reference", i.reference());
        m.put("date_start", i.date().start().toString());
        m.put("date_end", i.date().end().toString());
        m.put("date_precision", i.date().precision().name().toLowerCase(Locale.ROOT));
        m.put("pcode", i.place().value());
        m.put("act_types", i.actTypes());
        m.put("verification_status", i.status().name().toLowerCase(Locale.ROOT));
        m.put("note", i.note());
        m.put("linked_by", i.linkedBy());
        m.put("linked_at", i.linkedAt().toString());
        return m;
    }
}

package org.vigie.observatory.links;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.incidents.Incident;
import org.vigie.observatory.incidents.IncidentRoutes;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The incident page's "linked recommendations": link by reference (with suggestions as one types, through
 * htmx, or by the search button without script), unlink. The section itself is drawn by the incident's page;
 * {@code GET /incidents/{id}/recommendations} shows it alone, with the suggestions for {@code q}.
 */
public final class RecommendationLinkRoutes implements Routes {
    /** The element the htmx search fills: such a request gets the suggestions alone. */
    private static final String SUGGESTIONS_TARGET = "recommendation-suggestions";
    private final RecommendationLinks links;
    private final Observatory observatory;
    private final Views views;

    public RecommendationLinkRoutes(Observatory observatory, Views views) {
        this.links = observatory.recommendationLinks();
        this.observatory = observatory;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/incidents/{id}/recommendations", this::page, IncidentRoutes.READERS);
        r.post("/incidents/{id}/recommendations", this::link, RecommendationLinks.LINKERS);
        r.post("/incidents/{id}/recommendations/{recommendationId}/delete", this::unlink, RecommendationLinks.LINKERS);
    }

    private void page(Context ctx) {
        long id = Http.pathId(ctx, "id");
        observatory.incident(id, Http.user(ctx));
        String q = ctx.queryParam("q");
        List<RecommendationRef> suggestions = links.suggestions(Http.user(ctx), q);
        if (Http.htmx(ctx) && SUGGESTIONS_TARGET.equals(ctx.header("HX-Target"))) {
            views.render(ctx, "observatory/recommendation-suggestions.jte", "incidentId", id, "q", q, "suggestions", suggestions);
            return;
        }
        render(ctx, q, suggestions, null, null, null);
    }

    private void link(Context ctx) {
        long id = Http.pathId(ctx, "id");
        String typed = ctx.formParam("recommendation");
        String note = ctx.formParam("note");
        try {
            links.link(Http.user(ctx), Http.ip(ctx), id, typed, new LinkNote(note));
            ctx.redirect("/incidents/" + id + "#recommendations", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            render(ctx, null, List.of(), e, typed, note);
        }
    }

    private void unlink(Context ctx) {
        long id = Http.pathId(ctx, "id");
        links.unlink(Http.user(ctx), Http.ip(ctx), id, Http.pathId(ctx, "recommendationId"));
        ctx.redirect("/incidents/" + id + "#recommendations", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String q, List<RecommendationRef> suggestions, InvalidInput refusal, String typed,
                        String note) {
        long id = Http.pathId(ctx, "id");
        Incident incident = observatory.incident(id, Http.user(ctx));
        views.render(ctx, "observatory/recommendations.jte", "i", incident, "links", links.recommendationsOf(Http.user(ctx), id),
                "canLink", links.mayLink(Http.user(ctx)), "q", q, "suggestions", suggestions, "errors", Http.page(ctx).errors(refusal), "typed", typed, "note", note);
    }
}

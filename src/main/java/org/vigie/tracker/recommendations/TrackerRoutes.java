package org.vigie.tracker.recommendations;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.accounts.Accounts;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.files.ImportJobRoutes;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.links.LinkNote;
import org.vigie.observatory.links.RecommendationLinks;
import org.vigie.observatory.links.References;
import org.vigie.registries.Registries;
import org.vigie.security.Role;
import org.vigie.texts.library.TextLibrary;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.followup.FollowUp;
import org.vigie.tracker.followup.ReportAttachments;
import org.vigie.web.Access;
import org.vigie.web.Flash;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The tracker's pages: the list with filters, one recommendation, importing a list, following a resolution's commitments. */
public final class TrackerRoutes implements Routes {
    static final Role[] IMPORTERS = {Role.ADMINISTRATOR, Role.ANALYST};
    private static final int PAGE = 50;
    /** The element the htmx search of an incident fills: such a request gets the suggestions alone. */
    private static final String INCIDENT_SUGGESTIONS = "incident-suggestions";
    private final Tracker tracker;
    private final Registries registries;
    private final Observatory observatory;
    private final FollowUp followUp;
    private final Actions actions;
    private final TextLibrary texts;
    private final Accounts accounts;
    private final Views views;
    private final ImportJobRoutes importJobs;
    private final ReportAttachments attachments;

    public TrackerRoutes(Tracker tracker, FollowUp followUp, Actions actions, TextLibrary texts, Accounts accounts,
                         Registries registries, Observatory observatory, Views views, ImportJobRoutes importJobs,
                         ReportAttachments attachments) {
        this.importJobs = importJobs;
        // Every node can run a job another node started: the import is registered here, not at the POST.
        importJobs.register("tracker", Imported.class, (in, name, owner, parameters, progress) -> {
            Tracker.Outcome o = tracker.importFile(owner.username(), parameters.get("ip"), name, in, progress, parameters.get("state"));
            return new Imported(o.summary().recommendations(), o.added(), o.alreadyThere());
        });
        this.attachments = attachments;
        this.tracker = tracker;
        this.registries = registries;
        this.observatory = observatory;
        this.followUp = followUp;
        this.actions = actions;
        this.texts = texts;
        this.accounts = accounts;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/tracker", ctx -> list(ctx, null), Access.LOGGED_IN);
        r.get("/tracker/import", ctx -> importPage(ctx, null), IMPORTERS);
        r.post("/tracker/import", this::importFile, IMPORTERS);
        r.get("/tracker/import/{job}", ctx -> importJobs.show(ctx, "tracker", "/tracker/import", this::imported), IMPORTERS);
        r.get("/tracker/import/{job}/progress", ctx -> importJobs.progress(ctx, "tracker", "/tracker/import"), IMPORTERS);
        r.get("/tracker/export.csv", ctx -> export(ctx, "csv"), Access.LOGGED_IN);
        r.get("/tracker/export.docx", ctx -> export(ctx, "docx"), Access.LOGGED_IN);
        r.get("/tracker/export.json", ctx -> export(ctx, "json"), Access.LOGGED_IN);
        r.get("/tracker/{id}", ctx -> show(ctx, null, null), Access.LOGGED_IN);
        r.post("/tracker/{id}/assign", this::assign, IMPORTERS);
        r.get("/tracker/{id}/incidents", ctx -> incidentSearch(ctx, ctx.queryParam("q"), null), RecommendationLinks.LINKERS);
        r.post("/tracker/{id}/incidents", this::linkIncident, RecommendationLinks.LINKERS);
        r.post("/tracker/{id}/incidents/{incidentId}/delete", this::unlinkIncident, RecommendationLinks.LINKERS);
        r.get("/tracker/{id}/reports", ctx -> ctx.redirect("/tracker/" + Http.pathId(ctx, "id") + "#reports",
                io.javalin.http.HttpStatus.SEE_OTHER), Access.LOGGED_IN);
        r.post("/tracker/{id}/reports", this::submit, Role.FOCAL_POINT);
        r.post("/texts/{id}/track", this::trackCommitments, IMPORTERS);
    }

    private void list(Context ctx, String notice) {
        RecommendationFilter f = filter(ctx, PAGE);
        views.render(ctx, "tracker/list.jte", "items", tracker.find(f), "total", tracker.count(f), "filter", f,
                "facets", tracker.facets(), "institutions", accounts.institutions(), "notice", notice,
                "pending", followUp.toValidate(Http.user(ctx)),
                "canImport", Http.principal(ctx).map(p -> java.util.Arrays.asList(IMPORTERS).contains(p.role())).orElse(false));
    }

    private RecommendationFilter filter(Context ctx, int limit) {
        return followUp.forViewer(Http.user(ctx), RecommendationFilter.parse(ctx::queryParam, Http.queryInt(ctx, "offset", 0), limit));
    }

    /** The filtered list in OHCHR's thematic layout with a status column; audited like every export. */
    private void export(Context ctx, String format) {
        var page = Http.page(ctx);
        var rows = followUp.exportRows(tracker, filter(ctx, RecommendationFilter.MAX_LIMIT).unpaged());
        RecommendationExport export = new RecommendationExport(page::t);
        followUp.recordExport(Http.user(ctx), Http.ip(ctx), format, rows.size());
        ctx.header("Content-Disposition", "attachment; filename=\"vigie-recommandations." + format + "\"");
        if ("csv".equals(format)) {
            ctx.contentType("text/csv; charset=utf-8").result(export.csv(rows));
        } else if ("json".equals(format)) {
            ctx.json(java.util.Map.of("recommendations", withIncidentCounts(rows, Http.user(ctx))));
        } else {
            ctx.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    .result(export.docx(page.t("tracker.title"), rows));
        }
    }

    /** The rows with how many linked incidents the viewer may see, for those who read incidents. */
    private java.util.List<RecommendationExport.Row> withIncidentCounts(java.util.List<RecommendationExport.Row> rows,
                                                                   org.vigie.security.Principal viewer) {
        return links().incidentCounts(viewer, rows.stream().map(r -> r.recommendation().id()).toList())
                .map(counts -> rows.stream().map(r -> r.withLinkedIncidents(counts.getOrDefault(r.recommendation().id(), 0L))).toList())
                .orElse(rows);
    }

    /** The import form on a page of its own (linked from the top of the list), with the faults of a refused file. */
    private void importPage(Context ctx, InvalidInput refusal) {
        OtherState otherState = refusal instanceof OtherState o ? o : null;
        views.render(ctx, "tracker/import.jte", "errors", Http.page(ctx).errors(refusal), "otherState", otherState);
    }

    private void show(Context ctx, String notice, InvalidInput refusal) {
        show(ctx, notice, refusal, null, List.of());
    }

    /**
     * The recommendation's page again after one of its forms ({@code form}: {@code action-new}, {@code action-12},
     * {@code indicator-new}, {@code value-5}...) was refused: its faults on that form, with what was typed.
     */
    public void showRefused(Context ctx, long id, String form, InvalidInput refusal) {
        ctx.status(refusal instanceof Conflict ? 409 : 400);
        render(ctx, id, null, Http.page(ctx).errors(refusal).refusedIn(form), typed(ctx, refusal), null, List.of());
    }

    private void show(Context ctx, String notice, InvalidInput refusal, String incidentQ, List<References.Suggestion> incidentSuggestions) {
        render(ctx, Http.pathId(ctx, "id"), notice, Http.page(ctx).errors(refusal), typed(ctx, refusal), incidentQ, incidentSuggestions);
    }

    private void render(Context ctx, long id, String notice, org.vigie.web.FormErrors errors, java.util.Map<String, String> typed,
                        String incidentQ, List<References.Suggestion> incidentSuggestions) {
        if (!followUp.visibleTo(Http.user(ctx), id)) {
            throw new NotFound("recommendation " + id);
        }
        views.render(ctx, "tracker/show.jte", "r", tracker.byId(id), "assigned", followUp.institutionsOf(id),
                "reports", followUp.reportsOf(id), "institutions", accounts.institutions(), "actions", actions.actionsOf(id),
                "indicators", actions.indicatorsOf(id), "schools", registries.schools().linkedTo(Http.user(ctx), id),
                "proceedings", registries.proceedings().linkedTo(Http.user(ctx), id), "canEdit", actions.mayEdit(Http.user(ctx), id), "notice", notice,
                "errors", errors, "typed", typed, "observatory", observatory, "incidents", links().incidentsOf(Http.user(ctx), id),
                "readsIncidents", links().readsIncidents(Http.user(ctx)), "canLinkIncidents", links().mayLink(Http.user(ctx)),
                "incidentQ", incidentQ, "incidentSuggestions", incidentSuggestions,
                "attachments", attachments.byReport(Http.user(ctx), id));
    }

    /** The incidents a linker may mean by what they typed: alone to htmx, else the recommendation's page with them. */
    private void incidentSearch(Context ctx, String q, InvalidInput refusal) {
        long id = tracker.byId(Http.pathId(ctx, "id")).id();
        List<References.Suggestion> suggestions = observatory.references().incidents(Http.user(ctx), q);
        if (refusal == null && Http.htmx(ctx) && INCIDENT_SUGGESTIONS.equals(ctx.header("HX-Target"))) {
            views.render(ctx, "links/reference_suggestions.jte", "action", "/tracker/" + id + "/incidents", "field", "incident",
                    "q", q, "suggestions", suggestions);
            return;
        }
        show(ctx, null, refusal, q, suggestions);
    }

    /** What was typed in a refused form, to show it again; nothing when the page is not a refusal. */
    private static java.util.Map<String, String> typed(Context ctx, InvalidInput refusal) {
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        if (refusal != null) {
            ctx.formParamMap().forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
        }
        return typed;
    }

    private RecommendationLinks links() {
        return observatory.recommendationLinks();
    }

    /** Links an incident, named by its reference, as evidence; the page again with the error naming the field otherwise. */
    private void linkIncident(Context ctx) {
        long id = Http.pathId(ctx, "id");
        try {
            links().linkIncident(Http.user(ctx), Http.ip(ctx), tracker.byId(id).id(), ctx.formParam("incident"), new LinkNote(ctx.formParam("note")));
            ctx.redirect("/tracker/" + id + "#incidents", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            incidentSearch(ctx, ctx.formParam("incident"), e);
        }
    }

    private void unlinkIncident(Context ctx) {
        long id = Http.pathId(ctx, "id");
        links().unlink(Http.user(ctx), Http.ip(ctx), Http.pathId(ctx, "incidentId"), id);
        ctx.redirect("/tracker/" + id + "#incidents", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void assign(Context ctx) {
        followUp.assign(Http.user(ctx), Http.ip(ctx), tracker.byId(Http.pathId(ctx, "id")).id(), ctx.formParam("institution"));
        ctx.redirect("/tracker/" + Http.pathId(ctx, "id"));
    }

    private void submit(Context ctx) throws IOException {
        long id = Http.pathId(ctx, "id");
        try {
            attachments.submit(Http.user(ctx), Http.ip(ctx), tracker.byId(id).id(), ctx.formParam("text"),
                    Status.parse("status", ctx.formParam("status")), ctx.formParam("public_summary"), uploads(ctx));
            Flash.redirect(ctx, "/tracker/" + id + "#reports", "flash.report_submitted");
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, null, e);
        }
    }

    /** The files sent with a report; a file input left empty sends a part without name nor content, which is none. */
    private static List<ReportAttachments.Upload> uploads(Context ctx) throws IOException {
        List<ReportAttachments.Upload> files = new java.util.ArrayList<>();
        for (io.javalin.http.UploadedFile f : ctx.uploadedFiles("attachments")) {
            if (f.size() == 0 && (f.filename() == null || f.filename().isBlank())) {
                continue;
            }
            try (java.io.InputStream in = f.content()) {
                // One byte more than allowed is enough to refuse it as too large.
                files.add(new ReportAttachments.Upload(f.filename(), in.readNBytes((int) org.vigie.observatory.evidence.FileCheck.MAX_BYTES + 1)));
            }
        }
        return files;
    }

    /** What the page of an ended import shows: the counts of an import, kept as the job's result. */
    record Imported(int recommendations, int added, int alreadyThere) {
    }

    /** A large file is imported in the background (see {@link ImportJobRoutes}); the result is the list with its counts. */
    private void importFile(Context ctx) throws IOException {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("ip", Http.ip(ctx));
        // The State a person confirmed after a list of another was refused: the confirmation form sends it.
        String confirmed = ctx.formParam("state");
        if (confirmed != null) {
            parameters.put("state", confirmed);
        }
        importJobs.start(ctx, "tracker", "/tracker/import", parameters, this::imported);
    }

    private void imported(Context ctx, ImportJobRoutes.Ending end) {
        InvalidInput refusal = end.refusal();
        var page = Http.page(ctx);
        if (refusal != null) {
            ctx.status(refusal instanceof Conflict ? 409 : 400);
            importPage(ctx, refusal);
            return;
        }
        Imported o = (Imported) end.result();
        list(ctx, page.t("tracker.imported", o.recommendations(), o.added(), o.alreadyThere()));
    }

    private void trackCommitments(Context ctx) {
        long id = Http.pathId(ctx, "id");
        var tracked = tracker.trackCommitments(Http.actor(ctx), Http.ip(ctx), texts.summary(id), texts);
        Flash.redirect(ctx, "/tracker?mechanism=resolution_commitment", "flash.commitments_tracked", tracked.added(), tracked.alreadyThere());
    }
}

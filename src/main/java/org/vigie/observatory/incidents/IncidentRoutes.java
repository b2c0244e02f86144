package org.vigie.observatory.incidents;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.errors.Conflict;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.files.ImportJobRoutes;
import org.vigie.observatory.evidence.Evidence;
import org.vigie.observatory.imports.IncidentImports;
import org.vigie.observatory.links.LinkKind;
import org.vigie.observatory.victims.VictimBlock;
import org.vigie.observatory.victims.VictimForm;
import org.vigie.observatory.victims.Victims;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The observatory's pages: the incident list with filters, the form (plain HTML, no script needed), an
 * incident's page with verification, links, sources and evidence, possible duplicates and the map's counts.
 * Focal points and validators have no access; observers read incidents that are not restricted.
 */
public final class IncidentRoutes implements Routes {
    public static final Role[] READERS = {Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR, Role.OBSERVER};
    static final Role[] RECORDERS = {Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR};
    public static final Role[] ANALYSTS = {Role.ADMINISTRATOR, Role.ANALYST};
    private final Observatory observatory;
    private final Verification verification;
    private final Evidence evidence;
    private final Victims victims;
    private final IncidentImports imports;
    private final IncidentRecorder recorder;
    private final Views views;
    private final ImportJobRoutes importJobs;

    public IncidentRoutes(Observatory observatory, Verification verification, Evidence evidence, Victims victims,
                          IncidentImports imports, IncidentRecorder recorder, Views views, ImportJobRoutes importJobs) {
        this.importJobs = importJobs;
        // Every node can run a job another node started: the import is registered here, not at the POST.
        importJobs.register("incidents", Imported.class, (in, name, owner, parameters, progress) -> {
            IncidentImports.Outcome o = imports.importFile(in, name, parameters.get("format"), owner, parameters.get("ip"), progress);
            return new Imported(o.added(), o.unchanged(), o.victims(), o.read().warnings().size());
        });
        this.recorder = recorder;
        this.observatory = observatory;
        this.verification = verification;
        this.evidence = evidence;
        this.victims = victims;
        this.imports = imports;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/incidents", this::list, READERS);
        r.get("/incidents/new", ctx -> form(ctx, Map.of(), List.of(Map.of()), null), RECORDERS);
        r.post("/incidents", this::create, RECORDERS);
        r.get("/incidents/import", ctx -> views.render(ctx, "observatory/import.jte", "notice", null, "errors", Http.page(ctx).errors(null)), ANALYSTS);
        r.post("/incidents/import", this::importFile, ANALYSTS);
        r.get("/incidents/import/{job}", ctx -> importJobs.show(ctx, "incidents", "/incidents/import", this::imported), ANALYSTS);
        r.get("/incidents/import/{job}/progress", ctx -> importJobs.progress(ctx, "incidents", "/incidents/import"), ANALYSTS);
        r.get("/incidents/duplicates", this::duplicates, ANALYSTS);
        r.post("/incidents/duplicates", this::decideDuplicate, ANALYSTS);
        r.get("/incidents/{id}", ctx -> show(ctx, null), READERS);
        r.post("/incidents/{id}/verification", this::verification, ANALYSTS);
        r.post("/incidents/{id}/links", this::link, ANALYSTS);
        r.post("/incidents/{id}/sources", this::addSource, RECORDERS);
        r.post("/incidents/{id}/evidence", this::addEvidence, RECORDERS);
        r.get("/incidents/{id}/evidence/{evidenceId}", this::download, RECORDERS);
    }

    static IncidentFilter filter(Context ctx) {
        return IncidentFilter.parse(ctx::queryParam, Http.user(ctx));
    }

    private void list(Context ctx) {
        IncidentFilter f = filter(ctx);
        var items = observatory.find(f, Http.user(ctx));
        String next = items.size() == f.limit() ? new IncidentFilter.Cursor(items.get(items.size() - 1).date().start(),
                items.get(items.size() - 1).id()).toString() : null;
        views.render(ctx, "observatory/list.jte", "items", items, "total", observatory.count(f), "filter", f, "next", next,
                "observatory", observatory);
    }

    /** A large file is imported in the background (see {@link ImportJobRoutes}); the result is the import page with its counts. */
    private void importFile(Context ctx) throws IOException {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("ip", Http.ip(ctx));
        String format = ctx.formParam("format");
        if (format != null && !format.isBlank()) {
            parameters.put("format", format);
        }
        importJobs.start(ctx, "incidents", "/incidents/import", parameters, this::imported);
    }

    /** What the page of an ended import shows: the counts of an import, kept as the job's result (never the rows read). */
    record Imported(int added, int unchanged, int victims, int warnings) {
    }

    private void imported(Context ctx, ImportJobRoutes.Ending end) {
        InvalidInput refusal = end.refusal();
        var page = Http.page(ctx);
        if (refusal != null) {
            ctx.status(refusal instanceof Conflict ? 409 : 400);
            views.render(ctx, "observatory/import.jte", "notice", null, "errors", page.errors(refusal));
            return;
        }
        Imported o = (Imported) end.result();
        views.render(ctx, "observatory/import.jte", "notice",
                page.t("incidents.imported", o.added(), o.unchanged(), o.victims(), o.warnings()), "errors", page.errors(null));
    }

    private void form(Context ctx, Map<String, String> values, List<Map<String, List<String>>> victimBlocks, InvalidInput refusal) {
        views.render(ctx, "observatory/form.jte", "values", values, "victims", VictimBlock.numbered(victimBlocks),
                "errors", Http.page(ctx).errors(refusal), "choices", observatory.choices(), "observatory", observatory);
    }

    /**
     * Records the incident with the victims of the form in one step; or, when a victim's "add" or "remove" button
     * sent the form ({@code victims_action}), shows the form again with one block more or less, recording nothing:
     * the whole form without script, the victims' section alone to htmx.
     */
    private void create(Context ctx) {
        Map<String, List<String>> fields = ctx.formParamMap();
        Map<String, String> values = new HashMap<>();
        fields.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        String action = ctx.formParam("victims_action");
        if (action != null) {
            List<Map<String, List<String>>> blocks = editedBlocks(VictimForm.blocks(fields, true), action);
            if (ctx.header("HX-Request") != null) {
                views.render(ctx, "observatory/incident-victims.jte", "blocks", VictimBlock.numbered(blocks));
            } else {
                form(ctx, values, blocks, null);
            }
            return;
        }
        try {
            // Every fault of the incident and of its victims at once, each shown beside its field.
            Faults faults = new Faults();
            IncidentDraft draft = IncidentForm.parse(values::get, Origin.FORM, faults);
            IncidentRecorder.Recorded r = recorder.record(draft, VictimForm.readAll(fields, faults), Http.user(ctx), Http.ip(ctx), faults);
            ctx.redirect("/incidents/" + r.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            // The blocks without the blank ones, so that victims[1] of the error is the form's second victim.
            List<Map<String, List<String>>> typed = VictimForm.blocks(fields);
            form(ctx, values, typed.isEmpty() ? List.of(Map.of()) : typed, e);
        }
    }

    private static List<Map<String, List<String>>> editedBlocks(List<Map<String, List<String>>> blocks, String action) {
        List<Map<String, List<String>>> out = new ArrayList<>(blocks);
        if (action.equals("add") && out.size() < VictimForm.MAX_VICTIMS) {
            out.add(Map.of());
        } else if (action.matches("remove:\\d{1,3}") && Integer.parseInt(action.substring(7)) < out.size()) {
            out.remove(Integer.parseInt(action.substring(7)));
        }
        return out;
    }

    private void show(Context ctx, InvalidInput refusal) {
        Principal p = Http.user(ctx);
        long id = Http.pathId(ctx, "id");
        Incident incident = observatory.incident(id, p);
        boolean analyst = p.role() == Role.ADMINISTRATOR || p.role() == Role.ANALYST;
        views.render(ctx, "observatory/show.jte", "i", incident, "observatory", observatory, "errors", Http.page(ctx).errors(refusal),
                "evidence", p.role().seesIdentities() ? evidence.of(id) : java.util.List.of(),
                "duplicates", analyst ? verification.possibleDuplicatesOf(p, id) : java.util.List.of(), "analyst", analyst,
                "recorder", p.role().seesIdentities(), "choices", observatory.choices(), "victims", victims.list(id, p),
                "recommendations", observatory.recommendationLinks().recommendationsOf(p, id),
                "canLinkRecommendations", observatory.recommendationLinks().mayLink(p));
    }

    private void verification(Context ctx) {
        long id = Http.pathId(ctx, "id");
        String to = ctx.formParam("to");
        VerificationStatus target;
        try {
            target = VerificationStatus.valueOf(to == null ? "" : to.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("to", "observatory.incident.unknown_code", String.valueOf(to));
        }
        onPage(ctx, () -> verification.move(Http.user(ctx), Http.ip(ctx), id, target));
    }

    private void link(Context ctx) {
        long id = Http.pathId(ctx, "id");
        onPage(ctx, () -> verification.link(Http.user(ctx), Http.ip(ctx), id, observatory.idOf(ctx.formParam("to")),
                LinkKind.parse("kind", ctx.formParam("kind"))));
    }

    private void addSource(Context ctx) {
        long id = Http.pathId(ctx, "id");
        observatory.incident(id, Http.user(ctx));
        onPage(ctx, () -> observatory.addSource(Http.actor(ctx), Http.ip(ctx), id, IncidentForm.source(ctx::formParam, "")));
    }

    private void addEvidence(Context ctx) throws IOException {
        long id = Http.pathId(ctx, "id");
        observatory.incident(id, Http.user(ctx));
        UploadedFile file = ctx.uploadedFile("file");
        byte[] bytes = new byte[0];
        if (file != null) {
            try (InputStream in = file.content()) {
                bytes = in.readNBytes((int) Evidence.MAX_BYTES + 1);
            }
        }
        byte[] content = bytes;
        onPage(ctx, () -> evidence.add(Http.user(ctx), Http.ip(ctx), id, file == null ? null : file.filename(), content,
                ctx.formParam("description")));
    }

    private void download(Context ctx) {
        long id = Http.pathId(ctx, "id");
        observatory.incident(id, Http.user(ctx));
        Evidence.Download d = evidence.download(Http.user(ctx), Http.ip(ctx), id, Http.pathId(ctx, "evidenceId"));
        ctx.header("Content-Disposition", "attachment; filename=\"" + d.file().fileName().replace("\"", "") + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(d.file().contentType()).result(d.content());
    }

    /** Runs a change of the incident in the path, then shows its page again: redirected on success, with the error otherwise. */
    private void onPage(Context ctx, Runnable change) {
        try {
            change.run();
            ctx.redirect("/incidents/" + Http.pathId(ctx, "id"), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            ctx.status(400);
            show(ctx, e);
        }
    }

    private void duplicates(Context ctx) {
        views.render(ctx, "observatory/duplicates.jte", "pairs", verification.possibleDuplicates(Http.user(ctx), 200),
                "observatory", observatory);
    }

    private void decideDuplicate(Context ctx) {
        long a = Http.optionalLong("a", ctx.formParam("a")) == null ? -1 : Http.optionalLong("a", ctx.formParam("a"));
        long b = Http.optionalLong("b", ctx.formParam("b")) == null ? -1 : Http.optionalLong("b", ctx.formParam("b"));
        if ("merge".equals(ctx.formParam("decision"))) {
            verification.merge(Http.user(ctx), Http.ip(ctx), b, a);
        } else {
            verification.notDuplicate(Http.user(ctx), Http.ip(ctx), a, b);
        }
        ctx.redirect("/incidents/duplicates", io.javalin.http.HttpStatus.SEE_OTHER);
    }
}

package org.vigie.reports.documents;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.vigie.errors.InvalidInput;
import org.vigie.jobs.Jobs;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The Council report for administrators and analysts: {@code GET /reports} (choose period, place, theme
 * and language; write each section's narrative), {@code POST /reports/narratives} (save one, CSRF-checked
 * like every form), {@code GET /reports/report.pdf} and {@code /reports/report.docx} (generate during the request,
 * audited: the API and command line), and the page's way, a job ({@link ReportJobs}): {@code POST /reports/report/jobs}
 * queues it, {@code /reports/report/jobs/{job}} shows its progress then the download, {@code .../file} hands the
 * file over once.
 */
public final class ReportRoutes implements Routes {
    static final Role[] AUTHORS = {Role.ADMINISTRATOR, Role.ANALYST};
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String JOBS = "/reports/report/jobs";
    private final Reports reports;
    private final ReportJobs jobs;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final Views views;

    public ReportRoutes(Reports reports, ReportJobs jobs, Gazetteer gazetteer, Clock clock, Views views) {
        this.reports = reports;
        this.jobs = jobs;
        // Every node registers the kind when its routes are built: a report queued on one node may run on another.
        jobs.register();
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/reports", this::page, AUTHORS);
        r.post("/reports/narratives", this::save, AUTHORS);
        r.get("/reports/report.pdf", ctx -> file(ctx, "pdf"), AUTHORS);
        r.get("/reports/report.docx", ctx -> file(ctx, "docx"), AUTHORS);
        r.post(JOBS, this::queue, AUTHORS);
        r.get(JOBS + "/{job}", this::job, AUTHORS);
        r.get(JOBS + "/{job}/progress", this::progress, AUTHORS);
        r.get(JOBS + "/{job}/file", this::download, AUTHORS);
    }

    private void page(Context ctx) {
        ReportRequest request = request(ctx::queryParam, ctx);
        views.render(ctx, "reports/report_page.jte", "request", request, "narratives", reports.narratives(request),
                "nearby", reports.nearbyNarratives(request),
                "regions", gazetteer.regions(), "query", query(request), "saved", ctx.queryParam("saved") != null);
    }

    private void save(Context ctx) {
        ReportRequest request = request(ctx::formParam, ctx);
        ReportSection section = ReportSection.fromCode(String.valueOf(ctx.formParam("section")))
                .orElseThrow(() -> new InvalidInput("section", "error.required"));
        reports.saveNarrative(Http.user(ctx), Http.ip(ctx), request, section, ctx.formParam("text"));
        ctx.redirect("/reports?" + query(request) + "&saved=" + section.code() + "#" + section.code());
    }

    private void file(Context ctx, String format) {
        ReportRequest request = request(ctx::queryParam, ctx);
        byte[] body = format.equals("pdf") ? reports.pdf(Http.actor(ctx), Http.ip(ctx), request)
                : reports.docx(Http.actor(ctx), Http.ip(ctx), request);
        String name = fileName(request, format);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(format.equals("pdf") ? "application/pdf" : DOCX).result(body);
    }

    static String fileName(ReportRequest request, String format) {
        return "vigie-report-" + request.from() + "-" + request.to() + (request.region() == null ? "" : "-" + request.region().value())
                + "-" + request.lang().code() + "." + format;
    }

    /** Queues the report the form describes as a job and sends the browser to its page. */
    private void queue(Context ctx) {
        ReportRequest request = request(ctx::formParam, ctx);
        String id = jobs.start(Http.user(ctx), Http.ip(ctx), request, ctx.formParam("format"));
        ctx.redirect(JOBS + "/" + id, HttpStatus.SEE_OTHER);
    }

    /** The job's page, from any node: its progress (htmx polls the fragment; without JavaScript the page refreshes), then the download. */
    private void job(Context ctx) {
        ReportJobs.ReportJob job = jobs.get(ctx.pathParam("job"), Http.user(ctx));
        views.render(ctx, "reports/report_job.jte", "job", job, "path", JOBS + "/" + job.id());
    }

    private void progress(Context ctx) {
        ReportJobs.ReportJob job = jobs.get(ctx.pathParam("job"), Http.user(ctx));
        String path = JOBS + "/" + job.id();
        if (job.finished()) {
            ctx.header("HX-Redirect", path);
        }
        ctx.header("Cache-Control", "no-store");
        views.render(ctx, "reports/report_progress.jte", "job", job, "path", path);
    }

    /** The generated file, once; it is deleted from the job as it is handed over. */
    private void download(Context ctx) {
        Jobs.Input file = jobs.take(ctx.pathParam("job"), Http.user(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(file.name().endsWith(".pdf") ? "application/pdf" : DOCX).result(file.content());
    }

    /** The request from query or form fields; the current year and the caller's language by default. */
    private ReportRequest request(java.util.function.Function<String, String> field, Context ctx) {
        LocalDate today = LocalDate.now(clock);
        return ReportRequest.parse(or(field.apply("from"), today.getYear() + "-01-01"), or(field.apply("to"), today.getYear() + "-12-31"),
                field.apply("region"), field.apply("theme"), or(field.apply("lang"), Http.lang(ctx).code()));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The request as a query string, for links and redirects. */
    static String query(ReportRequest r) {
        return "from=" + r.from() + "&to=" + r.to() + "&lang=" + r.lang().code()
                + (r.region() == null ? "" : "&region=" + r.region().value())
                + (r.theme() == null ? "" : "&theme=" + URLEncoder.encode(r.theme(), StandardCharsets.UTF_8));
    }
}

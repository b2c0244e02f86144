package org.vigie.reports.documents;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/**
 * The Council report for administrators and analysts: {@code GET /reports} (choose period, place, theme
 * and language; write each section's narrative), {@code POST /reports/narratives} (save one, CSRF-checked
 * like every form), {@code GET /reports/report.pdf} and {@code /reports/report.docx} (generate, audited).
 */
public final class ReportRoutes implements Routes {
    static final Role[] AUTHORS = {Role.ADMINISTRATOR, Role.ANALYST};
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final Reports reports;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final Views views;

    public ReportRoutes(Reports reports, Gazetteer gazetteer, Clock clock, Views views) {
        this.reports = reports;
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
        String name = "vigie-report-" + request.from() + "-" + request.to() + (request.region() == null ? "" : "-" + request.region().value())
                + "-" + request.lang().code() + "." + format;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(format.equals("pdf") ? "application/pdf" : DOCX).result(body);
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

package org.vigie.reports.exports;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Messages;
import org.vigie.observatory.incidents.IncidentFilter;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.registries.Input;
import org.vigie.registries.Registries;
import org.vigie.registries.proceedings.ProceedingFilter;
import org.vigie.registries.reparations.ClaimFilter;
import org.vigie.registries.schools.SchoolFilter;
import org.vigie.reports.statistics.Figure;
import org.vigie.reports.statistics.PeriodScope;
import org.vigie.reports.statistics.Statistics;
import org.vigie.reports.statistics.StatisticsQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * Exports of statistics and of the lists, one scheme for all: {@code GET /<list>/export.csv|.xlsx|.json}
 * for pages (the list's links carry its filter) and {@code GET /api/v1/<list>/export?format=csv|xlsx|json}
 * (JSON by default) for the API, with the same query parameters as the list. Administrators, analysts and
 * observers export; monitors, focal points and validators do not (bulk copies leave Vigie's protection).
 * Every export is audited by {@link Exports}. Declared before the lists' own routes, whose {@code {id}}
 * would otherwise take {@code export.csv}.
 */
public final class ExportRoutes implements Routes {
    static final Role[] EXPORTERS = {Role.ADMINISTRATOR, Role.ANALYST, Role.OBSERVER};
    private final Exports exports;
    private final Statistics statistics;
    private final Observatory observatory;
    private final Registries registries;
    private final Clock clock;
    private final Messages messages;

    public ExportRoutes(Exports exports, Statistics statistics, Observatory observatory, Registries registries, Clock clock,
            Messages messages) {
        this.exports = exports;
        this.statistics = statistics;
        this.observatory = observatory;
        this.registries = registries;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public void register(Router r) {
        each(r, "/statistics", this::statistics);
        each(r, "/incidents", this::incidents);
        each(r, "/registries/schools", this::schools);
        each(r, "/registries/proceedings", this::proceedings);
        each(r, "/registries/reparations", this::reparations);
    }

    /** {@code /<list>/export.<format>} for each format, and {@code /api/v1/<list>/export?format=}. */
    private static void each(Router r, String list, BiConsumer<Context, ExportFormat> h) {
        for (ExportFormat f : ExportFormat.values()) {
            r.get(list + "/export." + f.extension(), ctx -> h.accept(ctx, f), EXPORTERS);
        }
        r.get("/api/v1" + list + "/export", ctx -> h.accept(ctx, ExportFormat.parse(
                ctx.queryParam("format") == null ? "json" : ctx.queryParam("format"))), EXPORTERS);
    }

    private void statistics(Context ctx, ExportFormat format) {
        PeriodScope s = StatisticsQuery.parse(Http.user(ctx), LocalDate.now(clock), ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("region"), ctx.queryParam("statuses"));
        String figure = ctx.queryParam("figure");
        List<Figure> figures = statistics.all(s).stream().filter(f -> figure == null || figure.isBlank() || f.id().equals(figure.strip())).toList();
        if (figures.isEmpty()) {
            throw new InvalidInput("figure", "reports.export.figure", figure);
        }
        StatisticsExport e = new StatisticsExport(t(ctx), locale(ctx));
        boolean oneTable = format == ExportFormat.CSV && figures.size() > 1;
        stream(ctx, "statistics", format, out -> {
            if (oneTable) {
                e.stacked(figures, out);
            } else {
                e.eachFigure(figures, out);
            }
        });
    }

    private void incidents(Context ctx, ExportFormat format) {
        Principal who = Http.user(ctx);
        IncidentFilter f = IncidentExport.filter(ctx::queryParam, who);
        IncidentExport e = new IncidentExport(observatory, t(ctx), locale(ctx));
        stream(ctx, "incidents", format, f.query(), out -> e.write(f, who, out));
    }

    private void schools(Context ctx, ExportFormat format) {
        SchoolFilter f = SchoolFilter.from(new Input(ctx.queryParamMap()), 0, SchoolFilter.MAX_LIMIT);
        stream(ctx, "schools", format, out -> registry(ctx).schools(f, Http.user(ctx), out));
    }

    private void proceedings(Context ctx, ExportFormat format) {
        ProceedingFilter f = ProceedingFilter.from(new Input(ctx.queryParamMap()), 0, ProceedingFilter.MAX_LIMIT);
        stream(ctx, "proceedings", format, out -> registry(ctx).proceedings(f, Http.user(ctx), out));
    }

    private void reparations(Context ctx, ExportFormat format) {
        ClaimFilter f = ClaimFilter.from(new Input(ctx.queryParamMap()), 0, ClaimFilter.MAX_LIMIT);
        stream(ctx, "reparations", format, out -> registry(ctx).claims(f, out));
    }

    private RegistryExport registry(Context ctx) {
        return new RegistryExport(registries, t(ctx), locale(ctx));
    }

    private void stream(Context ctx, String export, ExportFormat format, Consumer<ExportWriter> body) {
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        stream(ctx, export, format, query, body);
    }

    private void stream(Context ctx, String export, ExportFormat format, String filter, Consumer<ExportWriter> body) {
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"vigie-" + export + "." + format.extension() + "\"");
        exports.write(new Exports.Request(Http.user(ctx), Http.ip(ctx), export, filter, format), ctx.outputStream(), body);
    }

    private Function<String, String> t(Context ctx) {
        return key -> messages.get(Http.lang(ctx), key);
    }

    private static Locale locale(Context ctx) {
        return Http.lang(ctx).locale();
    }
}

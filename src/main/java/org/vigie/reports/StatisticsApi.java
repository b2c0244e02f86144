package org.vigie.reports;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Page;
import org.vigie.web.Router;
import org.vigie.web.Routes;

/**
 * {@code GET /api/v1/statistics}: every figure of {@link Statistics#all} for a period, a place and the
 * verification statuses counted, for administrators, analysts and observers (verified only). Rows carry
 * codes and labels in the caller's language; these are aggregate counts without suppression, for people
 * allowed to see the records they count.
 */
public final class StatisticsApi implements Routes {
    static final Role[] READERS = {Role.ADMINISTRATOR, Role.ANALYST, Role.OBSERVER};
    private final Statistics statistics;
    private final Clock clock;

    public StatisticsApi(Statistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/statistics", this::statistics, READERS);
    }

    private void statistics(Context ctx) {
        PeriodScope s = StatisticsQuery.parse(Http.user(ctx), LocalDate.now(clock), ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("region"), ctx.queryParam("statuses"));
        Locale locale = Http.lang(ctx).locale();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scope", scope(s));
        out.put("figures", statistics.all(s).stream().map(f -> figure(f, Http.page(ctx), locale)).toList());
        ctx.json(out);
    }

    private static Map<String, Object> scope(PeriodScope s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", s.from().toString());
        out.put("to", s.to().toString());
        out.put("region", s.place() == null ? null : s.place().value());
        out.put("statuses", s.statusCodes());
        return out;
    }

    private static Map<String, Object> figure(Figure f, Page page, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", f.id());
        out.put("title", page.t(f.titleKey()));
        out.put("counts", f.unit().code());
        out.put("scope", f.atGeneration() ? "at_generation" : "period");
        out.put("total", f.total());
        out.put("additive", f.additive());
        List<Map<String, Object>> rows = f.rows().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("label", r.label().in(locale));
            row.put("count", r.count());
            return row;
        }).toList();
        out.put("rows", rows);
        return out;
    }
}

package org.vigie.reports.statistics;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.security.Role;
import org.vigie.web.Http;
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
    private final Messages messages;

    public StatisticsApi(Statistics statistics, Clock clock, Messages messages) {
        this.statistics = statistics;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public void register(Router r) {
        r.get("/api/v1/statistics", this::statistics, READERS);
    }

    private void statistics(Context ctx) {
        PeriodScope s = StatisticsQuery.parse(Http.user(ctx), LocalDate.now(clock), ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("region"), ctx.queryParam("statuses"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scope", scope(s));
        out.put("figures", statistics.all(s).stream().map(f -> figure(f, Http.lang(ctx))).toList());
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

    private Map<String, Object> figure(Figure f, Lang lang) {
        Locale locale = lang.locale();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", f.id());
        out.put("title", messages.get(lang, f.titleKey()));
        out.put("counts", f.unit().code());
        out.put("scope", f.atGeneration() ? "at_generation" : "period");
        out.put("total", f.total());
        out.put("additive", f.additive());
        out.put("note", f.ofVictims() ? messages.get(lang, "reports.figure.victims_counted") : null);
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

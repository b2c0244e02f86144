package org.vigie.reports.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.PCode;
import org.vigie.reports.statistics.PeriodScope;

/**
 * What a Council report covers: the days from {@code from} to {@code to}, all of Mali or one region
 * ({@code region}, a region P-code), optionally one theme of recommendations, in one language. Its
 * figures count verified records only, as published figures do.
 */
public record ReportRequest(LocalDate from, LocalDate to, PCode region, String theme, Lang lang) {
    static final int MAX_THEME = 200;

    public ReportRequest {
        if (from == null) {
            throw new InvalidInput("from", "error.required");
        }
        if (to == null) {
            throw new InvalidInput("to", "error.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "reports.period.inverted", from.toString(), to.toString());
        }
        if (region != null && region.level() != AdminLevel.REGION) {
            throw new InvalidInput("region", "reports.report.region_only", region.value());
        }
        theme = theme == null || theme.isBlank() ? null : theme.strip();
        if (theme != null && theme.length() > MAX_THEME) {
            throw new InvalidInput("theme", "error.too_long", MAX_THEME);
        }
        if (lang == null) {
            throw new InvalidInput("lang", "error.required");
        }
    }

    /** Reads the request's fields as a form, a query or the command line gives them; bad input names its field. */
    public static ReportRequest parse(String from, String to, String region, String theme, String lang) {
        return new ReportRequest(date("from", from), date("to", to), place(region), theme,
                Lang.fromCode(lang == null ? "" : lang.strip()).orElseThrow(() -> new InvalidInput("lang", "reports.report.lang", String.valueOf(lang))));
    }

    /** The period, place and statuses its figures count. */
    public PeriodScope scope() {
        return new PeriodScope(from, to, region, PeriodScope.PUBLISHED);
    }

    /** The narratives' key: period, place and theme, the same in both languages. */
    public String scopeKey() {
        return from + "_" + to + "_" + (region == null ? "MLI" : region.value()) + "_" + (theme == null ? "all" : theme);
    }

    /** The same report in another language. */
    public ReportRequest in(Lang other) {
        return new ReportRequest(from, to, region, theme, other);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "error.date", value.strip());
        }
    }

    private static PCode place(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        try {
            return PCode.of(region.strip());
        } catch (InvalidInput e) {
            throw new InvalidInput("region", e.messageKey(), e.args());
        }
    }
}

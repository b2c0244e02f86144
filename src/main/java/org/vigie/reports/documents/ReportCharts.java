package org.vigie.reports.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.PCode;
import org.vigie.reports.charts.BarChart;
import org.vigie.reports.charts.Boundaries;
import org.vigie.reports.charts.ChoroplethMap;
import org.vigie.reports.charts.ClassBreaks;
import org.vigie.reports.charts.LineChart;
import org.vigie.reports.charts.Series;
import org.vigie.reports.statistics.Figure;

/** The charts and the map of a report, as SVG in its language, from the figures they draw. */
final class ReportCharts {
    /** Bars beyond these are in the table only: a chart of forty act types is not read. */
    static final int MAX_BARS = 10;
    private static final Boundaries REGIONS = Boundaries.of(AdminLevel.REGION);
    private static final Boundaries CERCLES = Boundaries.of(AdminLevel.CERCLE);
    private final ReportText text;

    ReportCharts(ReportText text) {
        this.text = text;
    }

    /** A bar chart of the figure's largest rows, or null when it has none to draw. */
    String bars(Figure f, BarChart.Orientation orientation) {
        List<Figure.Row> rows = f.rows().stream().limit(MAX_BARS).toList();
        if (rows.isEmpty()) {
            return null;
        }
        // Whole labels: the chart breaks them into lines rather than cutting them.
        List<String> categories = rows.stream().map(text::label).toList();
        Series series = new Series(capitalised(text.unit(f)), rows.stream().map(Figure.Row::count).toList());
        String description = f.rows().size() > MAX_BARS ? text.t("reports.report.chart.top", MAX_BARS, text.title(f)) : text.title(f);
        return new BarChart(text.title(f), description, "", capitalised(text.unit(f)), categories, List.of(series), orientation, false,
                text.lang()).toSvg();
    }

    /** A line over the figure's rows in their order (months), or null when it has none. */
    String line(Figure f) {
        if (f.rows().isEmpty()) {
            return null;
        }
        return new LineChart(text.title(f), text.title(f), text.t("reports.report.chart.month"), capitalised(text.unit(f)),
                f.rows().stream().map(Figure.Row::code).toList(),
                List.of(new Series(capitalised(text.unit(f)), f.rows().stream().map(Figure.Row::count).toList())), text.lang()).toSvg();
    }

    /** The regions of Mali, or the cercles of one region, shaded by the figure's counts (a unit without any is 0). */
    String map(Figure f, PCode region) {
        Boundaries boundaries = region == null ? REGIONS
                : new Boundaries(AdminLevel.CERCLE, CERCLES.units().stream().filter(u -> u.code().isWithin(region)).toList());
        Map<PCode, Long> values = new HashMap<>();
        boundaries.units().forEach(u -> values.put(u.code(), 0L));
        for (Figure.Row r : f.rows()) {
            if (r.code().matches("ML\\d+")) {
                values.computeIfPresent(PCode.of(r.code()), (code, zero) -> r.count());
            }
        }
        return new ChoroplethMap(text.title(f), text.title(f), capitalised(text.unit(f)), boundaries, values,
                breaks(values.values()), text.lang()).toSvg();
    }

    /** A class of its own for units without any, then about equal classes of the others: most units of a period have none. */
    static ClassBreaks breaks(java.util.Collection<Long> values) {
        java.util.List<Long> withZero = new java.util.ArrayList<>(values);
        // A report's map always says what "none" looks like, even in a period where every unit has some.
        withZero.add(0L);
        return ClassBreaks.counts(withZero, 5);
    }


    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

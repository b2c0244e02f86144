package org.vigie.reports.charts;

import java.util.List;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.reports.charts.BarChart.Plot;

/** What bar and line charts share: checks, gridlines with their numbers, axis labels and the legend. */
public final class ChartText {
    private ChartText() {
    }

    public static void require(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "reports.chart.text_missing");
        }
    }

    static void checkLengths(int categories, List<Series> series) {
        if (categories == 0 || series.isEmpty()) {
            throw new InvalidInput("series", "reports.chart.empty");
        }
        for (Series s : series) {
            if (s.values().size() != categories) {
                throw new InvalidInput("series", "reports.chart.length", s.name(), categories);
            }
        }
    }

    /** Gridlines and their values: horizontal lines for a vertical value axis, vertical ones otherwise. */
    static void valueGrid(Svg svg, Plot plot, ValueScale scale, boolean vertical, Lang lang) {
        for (long v = 0; v <= scale.max(); v += scale.step()) {
            if (vertical) {
                double y = plot.bottom() - scale.length(v, plot.height());
                svg.line(plot.left(), y, plot.right(), y, v == 0 ? "#333333" : "#dddddd");
                svg.text(plot.left() - 6, y + 4, "end", 11, "tick", Svg.number(lang, v));
            } else {
                double x = plot.left() + scale.length(v, plot.width());
                svg.line(x, plot.top(), x, plot.bottom(), v == 0 ? "#333333" : "#dddddd");
                svg.text(x, plot.bottom() + 16, "middle", 11, "tick", Svg.number(lang, v));
            }
        }
    }

    static void axisLabels(Svg svg, Plot plot, String horizontal, String vertical) {
        svg.text(plot.left() + plot.width() / 2, plot.bottom() + 36, "middle", 12, "axis-label", horizontal);
        double x = 16;
        double y = plot.top() + plot.height() / 2;
        svg.raw("<text class=\"axis-label\" x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y)
                + "\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 " + Svg.n(x) + " " + Svg.n(y) + ")\">"
                + Svg.escape(vertical) + "</text>");
    }

    /** One swatch and name per series, in a row under the plot. */
    static void legend(Svg svg, Plot plot, List<String> names, String mark) {
        double x = plot.left();
        double y = plot.bottom() + 56;
        svg.raw("<g class=\"legend\">");
        for (int s = 0; s < names.size(); s++) {
            if ("line".equals(mark)) {
                svg.line(x, y + 5, x + 14, y + 5, Svg.colour(s));
            } else {
                svg.raw("<rect x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\" width=\"10\" height=\"10\" fill=\"" + Svg.colour(s) + "\"/>");
            }
            svg.text(x + 18, y + 9, "start", 11, "legend-item", names.get(s));
            x += 30 + names.get(s).length() * 6.5;
        }
        svg.raw("</g>");
    }
}

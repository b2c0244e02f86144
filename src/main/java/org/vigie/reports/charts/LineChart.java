package org.vigie.reports.charts;

import java.util.List;
import org.vigie.i18n.Lang;
import org.vigie.reports.charts.BarChart.Plot;

/**
 * Series over time drawn as SVG on the server: one line with a marker per period and series, a title, axis
 * labels, gridlines at round values, a legend and an accessible title and description. Periods are evenly
 * spaced labels ("2025-01", "T1 2025") given in order.
 */
public record LineChart(String title, String description, String periodAxis, String valueAxis,
        List<String> periods, List<Series> series, Lang lang) {

    public LineChart {
        ChartText.require(title, "title");
        ChartText.require(description, "description");
        periods = List.copyOf(periods);
        series = List.copyOf(series);
        ChartText.checkLengths(periods.size(), series);
    }

    public String toSvg() {
        Svg svg = new Svg().open(BarChart.WIDTH, BarChart.HEIGHT, Svg.id("line", title), title, description);
        svg.text(BarChart.WIDTH / 2, 24, "middle", 16, "chart-title", title);
        Plot plot = new Plot(64, 48, BarChart.WIDTH - 64 - 24, BarChart.HEIGHT - 48 - 84);
        long largest = series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        ValueScale scale = ValueScale.covering(largest);
        ChartText.valueGrid(svg, plot, scale, true, lang);
        double band = plot.width() / periods.size();
        int every = Math.max(1, (int) Math.ceil(periods.size() / (plot.width() / 56)));
        for (int p = 0; p < periods.size(); p += every) {
            svg.text(x(plot, band, p), plot.bottom() + 16, "middle", 11, "period", periods.get(p));
        }
        for (int s = 0; s < series.size(); s++) {
            drawSeries(svg, plot, scale, band, s);
        }
        ChartText.axisLabels(svg, plot, periodAxis, valueAxis);
        ChartText.legend(svg, plot, series.stream().map(Series::name).toList(), "line");
        return svg.close();
    }

    private static double x(Plot plot, double band, int period) {
        return plot.left() + band * (period + 0.5);
    }

    private void drawSeries(Svg svg, Plot plot, ValueScale scale, double band, int s) {
        Series one = series.get(s);
        StringBuilder d = new StringBuilder();
        StringBuilder markers = new StringBuilder();
        for (int p = 0; p < periods.size(); p++) {
            long value = one.values().get(p);
            double x = x(plot, band, p);
            double y = plot.bottom() - scale.length(value, plot.height());
            d.append(p == 0 ? "M" : " L").append(Svg.n(x)).append(' ').append(Svg.n(y));
            markers.append("<circle class=\"point\" cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y))
                    .append("\" r=\"3\" fill=\"").append(Svg.colour(s)).append("\" data-period=\"")
                    .append(Svg.escape(periods.get(p))).append("\" data-value=\"").append(value).append("\"><title>")
                    .append(Svg.escape(periods.get(p) + " – " + one.name() + (lang == Lang.FR ? " : " : ": ")
                            + Svg.number(lang, value)))
                    .append("</title></circle>\n");
        }
        svg.raw("<g class=\"series\" data-series=\"" + Svg.escape(one.name()) + "\">");
        svg.raw("<path class=\"line\" d=\"" + d + "\" fill=\"none\" stroke=\"" + Svg.colour(s) + "\" stroke-width=\"2\"/>");
        svg.raw(markers.toString().stripTrailing());
        svg.raw("</g>");
    }
}

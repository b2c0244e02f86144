package org.vigie.reports.charts;

import java.util.List;
import java.util.stream.IntStream;
import org.vigie.i18n.Lang;

/**
 * A bar chart drawn as SVG on the server: bars vertical or horizontal, series side by side or stacked,
 * with a title, both axis labels, gridlines at round values, a legend and an accessible title and
 * description. The same chart always gives the same bytes.
 */
public record BarChart(String title, String description, String categoryAxis, String valueAxis,
        List<String> categories, List<Series> series, Orientation orientation, boolean stacked, Lang lang) {

    static final double WIDTH = 640;
    static final double HEIGHT = 400;
    private static final double TOP = 48;
    private static final double BOTTOM = 84;
    private static final double RIGHT = 24;

    public enum Orientation { VERTICAL, HORIZONTAL }

    public BarChart {
        ChartText.require(title, "title");
        ChartText.require(description, "description");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        ChartText.checkLengths(categories.size(), series);
    }

    public String toSvg() {
        Svg svg = new Svg().open(WIDTH, HEIGHT, Svg.id("bar", title), title, description);
        svg.text(WIDTH / 2, 24, "middle", 16, "chart-title", title);
        Plot plot = plot();
        ValueScale scale = ValueScale.covering(largest());
        ChartText.valueGrid(svg, plot, scale, orientation == Orientation.VERTICAL, lang);
        for (int c = 0; c < categories.size(); c++) {
            drawCategory(svg, plot, scale, c);
        }
        ChartText.axisLabels(svg, plot, orientation == Orientation.VERTICAL ? categoryAxis : valueAxis,
                orientation == Orientation.VERTICAL ? valueAxis : categoryAxis);
        ChartText.legend(svg, plot, series.stream().map(Series::name).toList(), "bar");
        return svg.close();
    }

    private Plot plot() {
        double left = orientation == Orientation.VERTICAL ? 64 : 150;
        return new Plot(left, TOP, WIDTH - left - RIGHT, HEIGHT - TOP - BOTTOM);
    }

    private long largest() {
        return IntStream.range(0, categories.size()).mapToLong(c -> stacked
                ? series.stream().mapToLong(s -> s.values().get(c)).sum()
                : series.stream().mapToLong(s -> s.values().get(c)).max().orElse(0)).max().orElse(0);
    }

    private void drawCategory(Svg svg, Plot plot, ValueScale scale, int c) {
        boolean vertical = orientation == Orientation.VERTICAL;
        double band = (vertical ? plot.width() : plot.height()) / categories.size();
        double start = (vertical ? plot.left() : plot.top()) + c * band;
        double thickness = stacked ? band * 0.6 : band * 0.8 / series.size();
        double offset = stacked ? band * 0.2 : band * 0.1;
        double base = 0;
        for (int s = 0; s < series.size(); s++) {
            long value = series.get(s).values().get(c);
            double length = scale.length(value, vertical ? plot.height() : plot.width());
            double across = start + offset + (stacked ? 0 : s * thickness);
            double x = vertical ? across : plot.left() + base;
            double y = vertical ? plot.bottom() - base - length : across;
            svg.raw("<rect class=\"bar\" x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\" width=\""
                    + Svg.n(vertical ? thickness : length) + "\" height=\"" + Svg.n(vertical ? length : thickness)
                    + "\" fill=\"" + Svg.colour(s) + "\" data-series=\"" + Svg.escape(series.get(s).name())
                    + "\" data-category=\"" + Svg.escape(categories.get(c)) + "\" data-value=\"" + value + "\"><title>"
                    + Svg.escape(categories.get(c) + " – " + series.get(s).name() + (lang == Lang.FR ? " : " : ": ") + Svg.number(lang, value))
                    + "</title></rect>");
            base += stacked ? length : 0;
        }
        double middle = start + band / 2;
        if (vertical) {
            svg.text(middle, plot.bottom() + 16, "middle", 11, "category", categories.get(c));
        } else {
            svg.text(plot.left() - 6, middle + 4, "end", 11, "category", categories.get(c));
        }
    }

    /** The rectangle the bars or lines are drawn in. */
    record Plot(double left, double top, double width, double height) {
        double bottom() {
            return top + height;
        }

        double right() {
            return left + width;
        }
    }
}

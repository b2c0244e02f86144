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
    /** Room for a horizontal chart's category labels, and the height of one of their lines at 11 px. */
    private static final double LABELS = 200;
    private static final double LINE = 12.5;
    /** About how many characters of 11 px text a pixel width holds (a conservative average width). */
    private static final double CHAR = 6.2;

    public enum Orientation { VERTICAL, HORIZONTAL }

    public BarChart {
        ChartText.require(title, "title");
        ChartText.require(description, "description");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        ChartText.checkLengths(categories.size(), series);
    }

    public String toSvg() {
        Svg svg = new Svg().open(WIDTH, height(), Svg.id("bar", title), title, description);
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
        double left = orientation == Orientation.VERTICAL ? 64 : LABELS;
        return new Plot(left, TOP, WIDTH - left - RIGHT, height() - TOP - BOTTOM);
    }

    /**
     * The chart's height: the usual one, or taller when a horizontal chart's labels need more lines than its
     * bands hold, so that every label is read whole rather than cut.
     */
    private double height() {
        if (orientation == Orientation.VERTICAL || categories.isEmpty()) {
            return HEIGHT;
        }
        int most = categories.stream().mapToInt(c -> labelLines(c, LABELS - 10).size()).max().orElse(1);
        return Math.max(HEIGHT, TOP + BOTTOM + categories.size() * (most * LINE + 8));
    }

    /** A label's lines in {@code width} pixels: three at most beside a bar, two under a column. */
    private List<String> labelLines(String label, double width) {
        int maxLines = orientation == Orientation.VERTICAL ? 2 : 3;
        return LabelLines.wrap(label, Math.max(4, (int) (width / CHAR)), maxLines, lang.locale());
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
            svg.lines(middle, plot.bottom() + 16, "middle", 11, "category", labelLines(categories.get(c), band - 4), LINE);
        } else {
            List<String> lines = labelLines(categories.get(c), plot.left() - 10);
            svg.lines(plot.left() - 6, middle + 4 - (lines.size() - 1) * LINE / 2, "end", 11, "category", lines, LINE);
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

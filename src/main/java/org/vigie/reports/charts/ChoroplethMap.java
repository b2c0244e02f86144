package org.vigie.reports.charts;

import java.util.Map;
import java.util.Set;
import org.vigie.i18n.Lang;
import org.vigie.observatory.places.PCode;

/**
 * A choropleth map of Mali's regions or cercles as SVG: one {@code path} per unit carrying its P-code and
 * name, filled by the class of its value, a hatched pattern where there is no value, a legend, a title, a
 * scale bar and the boundaries' source. Equirectangular projection scaled by the cosine of the middle
 * latitude: over Mali's 15 degrees of latitude, distances stay within a few per cent.
 */
public record ChoroplethMap(String title, String description, String legendTitle, Boundaries boundaries,
        Map<PCode, Long> values, ClassBreaks breaks, Lang lang, Set<PCode> small) {

    static final double WIDTH = 640;
    static final double HEIGHT = 600;
    /** Sequential blues (ColorBrewer), light for few and dark for many. */
    static final String[] BLUES = {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"};
    private static final double KM_PER_DEGREE = 111.32;

    /** The fill of a unit whose count is published only as "fewer than five": its own legend entry. */
    static final String SMALL_FILL = "#e7e1ef";

    public ChoroplethMap {
        ChartText.require(title, "title");
        ChartText.require(description, "description");
        values = Map.copyOf(values);
        small = Set.copyOf(small);
    }

    /** A map whose every unit has its value or none. */
    public ChoroplethMap(String title, String description, String legendTitle, Boundaries boundaries,
            Map<PCode, Long> values, ClassBreaks breaks, Lang lang) {
        this(title, description, legendTitle, boundaries, values, breaks, lang, Set.of());
    }

    public String toSvg() {
        Svg svg = new Svg().open(WIDTH, HEIGHT, Svg.id("map", title), title, description);
        svg.raw("<defs><pattern id=\"no-data\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999999\" stroke-width=\"2\"/></pattern></defs>");
        svg.text(WIDTH / 2, 24, "middle", 16, "chart-title", title);
        Projection projection = Projection.fit(boundaries, 16, 40, WIDTH - 32, HEIGHT - 190);
        svg.raw("<g class=\"units\" stroke=\"#ffffff\" stroke-width=\"0.8\" stroke-linejoin=\"round\">");
        for (Boundaries.Unit unit : boundaries.units()) {
            drawUnit(svg, projection, unit);
        }
        svg.raw("</g>");
        legend(svg);
        scale(svg, projection);
        return svg.close();
    }

    private void drawUnit(Svg svg, Projection projection, Boundaries.Unit unit) {
        Long value = values.get(unit.code());
        boolean few = value == null && small.contains(unit.code());
        String fill = few ? SMALL_FILL : value == null ? "url(#no-data)" : colour(breaks.classOf(value));
        StringBuilder d = new StringBuilder();
        for (var ring : unit.rings()) {
            for (int i = 0; i < ring.size(); i++) {
                double[] xy = projection.apply(ring.get(i));
                d.append(i == 0 ? "M" : "L").append(Svg.n(xy[0])).append(' ').append(Svg.n(xy[1]));
            }
            d.append('Z');
        }
        String shown = few ? (lang == Lang.FR ? "moins de 5" : "fewer than 5")
                : value == null ? (lang == Lang.FR ? "pas de données" : "no data") : Svg.number(lang, value);
        svg.raw("<path class=\"unit\" data-pcode=\"" + unit.code() + "\" data-name=\"" + Svg.escape(unit.name())
                + "\"" + (value == null ? "" : " data-value=\"" + value + "\"") + " fill=\"" + fill + "\" d=\"" + d
                + "\"><title>" + Svg.escape(unit.name() + " (" + unit.code() + ")" + (lang == Lang.FR ? " : " : ": ") + shown)
                + "</title></path>");
    }

    /** Fewer classes than colours take colours spread over the whole ramp, the darkest always last. */
    private String colour(int c) {
        int classes = breaks.lowerBounds().size();
        return classes == 1 ? BLUES[BLUES.length - 1] : BLUES[c * (BLUES.length - 1) / (classes - 1)];
    }

    private void legend(Svg svg) {
        double x = 24;
        double y = HEIGHT - 140;
        svg.raw("<g class=\"legend\">");
        svg.text(x, y, "start", 12, "legend-title", legendTitle);
        int classes = breaks.lowerBounds().size();
        int row = 0;
        if (!small.isEmpty()) {
            legendRow(svg, x, y + 8 + row++ * 16, SMALL_FILL, lang == Lang.FR ? "Moins de 5 (zéro compris)" : "Fewer than 5 (zero included)");
        }
        if (!values.isEmpty() || small.isEmpty()) {
            for (int c = 0; c < classes; c++) {
                legendRow(svg, x, y + 8 + row++ * 16, colour(c), breaks.label(c, lang));
            }
        }
        legendRow(svg, x, y + 8 + row * 16, "url(#no-data)", lang == Lang.FR ? "Pas de données" : "No data");
        svg.raw("</g>");
    }

    private static void legendRow(Svg svg, double x, double top, String fill, String label) {
        svg.raw("<rect x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(top) + "\" width=\"14\" height=\"12\" fill=\"" + fill + "\" stroke=\"#666666\" stroke-width=\"0.5\"/>");
        svg.text(x + 20, top + 10, "start", 11, "legend-item", label);
    }

    private void scale(Svg svg, Projection projection) {
        double kilometres = 200;
        double length = kilometres * projection.pixelsPerDegree() / KM_PER_DEGREE;
        double x = WIDTH - 24 - length;
        double y = HEIGHT - 80;
        svg.line(x, y, x + length, y, "#333333");
        svg.line(x, y - 4, x, y + 4, "#333333");
        svg.line(x + length, y - 4, x + length, y + 4, "#333333");
        svg.text(x + length / 2, y - 8, "middle", 11, "scale", Svg.number(lang, (long) kilometres) + " km");
        String source = lang == Lang.FR
                ? "Limites : OCHA, COD-AB Mali 2015 (CC BY-IGO), simplifiées. Échelle approximative."
                : "Boundaries: OCHA, COD-AB Mali 2015 (CC BY-IGO), simplified. Approximate scale.";
        svg.text(WIDTH - 24, HEIGHT - 8, "end", 10, "source", source);
    }
}

package org.vigie.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vigie.reports.charts.SvgDocuments.number;
import static org.vigie.reports.charts.SvgDocuments.parse;
import static org.vigie.reports.charts.SvgDocuments.select;
import static org.vigie.reports.charts.SvgDocuments.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.reports.charts.BarChart.Orientation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartTest {
    private static final List<String> REGIONS = List.of("Mopti", "Ségou", "Tombouctou");

    private static BarChart bars(Orientation orientation, boolean stacked, Lang lang) {
        return new BarChart("Victimes par région", "Victimes vérifiées en 2025, par région et par sexe.", "Région",
                "Victimes", REGIONS, List.of(new Series("Femmes", List.of(120L, 40L, 1500L)),
                        new Series("Hommes", List.of(60L, 80L, 500L))), orientation, stacked, lang);
    }

    @Test
    void a_bar_chart_is_well_formed_svg_with_an_accessible_title_and_description() throws Exception {
        Document doc = parse(bars(Orientation.VERTICAL, false, Lang.FR).toSvg());

        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(select(doc, "/*/*[local-name()='title']").get(0).getTextContent()).isEqualTo("Victimes par région");
        assertThat(select(doc, "/*/*[local-name()='desc']").get(0).getTextContent()).startsWith("Victimes vérifiées");
    }

    @Test
    void a_bar_chart_shows_its_title_axis_labels_categories_and_legend() throws Exception {
        List<String> texts = texts(parse(bars(Orientation.VERTICAL, false, Lang.FR).toSvg()));

        assertThat(texts).contains("Victimes par région", "Région", "Victimes", "Mopti", "Ségou", "Tombouctou", "Femmes", "Hommes");
    }

    @Test
    void vertical_bars_are_as_tall_as_their_counts_are_large() throws Exception {
        List<Element> bars = select(parse(bars(Orientation.VERTICAL, false, Lang.FR).toSvg()), "//*[@class='bar']");

        assertThat(bars).hasSize(6);
        double perVictim = number(bars.get(4), "height") / 1500;
        for (Element bar : bars) {
            assertThat(number(bar, "height")).isCloseTo(number(bar, "data-value") * perVictim, within(0.2));
        }
    }

    @Test
    void horizontal_bars_are_as_long_as_their_counts_are_large() throws Exception {
        List<Element> bars = select(parse(bars(Orientation.HORIZONTAL, false, Lang.EN).toSvg()), "//*[@class='bar']");

        double perVictim = number(bars.get(4), "width") / 1500;
        assertThat(number(bars.get(5), "width")).isCloseTo(500 * perVictim, within(0.2));
    }

    @Test
    void stacked_bars_start_where_the_previous_series_ends() throws Exception {
        List<Element> bars = select(parse(bars(Orientation.VERTICAL, true, Lang.FR).toSvg()), "//*[@class='bar']");
        Element women = bars.get(0);
        Element men = bars.get(1);

        assertThat(number(men, "y") + number(men, "height")).isCloseTo(number(women, "y"), within(0.1));
        assertThat(number(men, "x")).isEqualTo(number(women, "x"));
    }

    @Test
    void gridline_values_are_written_the_french_or_the_english_way() throws Exception {
        assertThat(texts(parse(bars(Orientation.VERTICAL, true, Lang.FR).toSvg()))).contains("2\u202f000");
        assertThat(texts(parse(bars(Orientation.VERTICAL, true, Lang.EN).toSvg()))).contains("2,000");
    }

    @Test
    void labels_with_markup_are_escaped() throws Exception {
        BarChart chart = new BarChart("<script>alert(1)</script> & co", "d", "a", "b", List.of("\"x\" <y>"),
                List.of(new Series("s&t", List.of(3L))), Orientation.VERTICAL, false, Lang.EN);
        Document doc = parse(chart.toSvg());

        assertThat(select(doc, "//*[local-name()='script']")).isEmpty();
        assertThat(texts(doc)).contains("<script>alert(1)</script> & co", "\"x\" <y>", "s&t");
    }

    @Test
    void long_category_labels_are_broken_into_lines_and_never_cut() throws Exception {
        List<String> acts = List.of("Attaque contre une école ou un établissement de santé protégé",
                "Recrutement et utilisation d’enfants par des forces ou groupes armés", "Meurtre");
        for (Orientation o : Orientation.values()) {
            Document doc = parse(new BarChart("Actes", "Actes vérifiés en 2025.", "Acte", "Actes", acts,
                    List.of(new Series("Actes", List.of(12L, 5L, 30L))), o, false, Lang.FR).toSvg());
            List<Element> labels = select(doc, "//*[@class='category']");
            assertThat(labels).hasSize(3);
            for (int i = 0; i < acts.size(); i++) {
                List<String> lines = select(doc, "//*[@class='category'][" + (i + 1) + "]/*[local-name()='tspan']").stream()
                        .map(Element::getTextContent).toList();
                if (o == Orientation.HORIZONTAL) {
                    assertThat(String.join(" ", lines)).as("%s, whole, broken at spaces", o).isEqualTo(acts.get(i));
                    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(31));
                } else {
                    assertThat(lines).as("%s, at most two lines", o).hasSizeLessThanOrEqualTo(2);
                }
                assertThat(lines).noneMatch(l -> l.isBlank());
            }
            if (o == Orientation.HORIZONTAL) {
                assertThat(texts(doc)).noneMatch(t -> t.contains("…"));
            }
        }
    }

    @Test
    void the_same_chart_gives_the_same_bytes() {
        assertThat(bars(Orientation.VERTICAL, false, Lang.FR).toSvg()).isEqualTo(bars(Orientation.VERTICAL, false, Lang.FR).toSvg());
    }

    @Test
    void a_series_shorter_than_the_categories_is_refused() {
        assertThatThrownBy(() -> new BarChart("t", "d", "a", "b", REGIONS, List.of(new Series("s", List.of(1L))),
                Orientation.VERTICAL, false, Lang.FR))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("series"));
    }

    @Test
    void a_line_chart_puts_one_marker_per_period_at_the_height_of_its_count() throws Exception {
        LineChart chart = new LineChart("Écoles fermées", "Écoles fermées à la fin de chaque mois.", "Mois", "Écoles",
                List.of("2025-01", "2025-02", "2025-03"), List.of(new Series("Mopti", List.of(0L, 100L, 50L)),
                        new Series("Ségou", List.of(20L, 30L, 40L))), Lang.FR);
        Document doc = parse(chart.toSvg());
        List<Element> points = select(doc, "//*[@class='point']");

        assertThat(select(doc, "//*[@class='line']")).hasSize(2);
        assertThat(points).hasSize(6);
        double zero = number(points.get(0), "cy");
        double perSchool = (zero - number(points.get(1), "cy")) / 100;
        assertThat(zero - number(points.get(2), "cy")).isCloseTo(50 * perSchool, within(0.2));
        assertThat(texts(doc)).contains("Écoles fermées", "Mois", "Écoles", "2025-02", "Mopti", "Ségou");
    }
}

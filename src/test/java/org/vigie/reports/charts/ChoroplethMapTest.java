package org.vigie.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vigie.reports.charts.SvgDocuments.parse;
import static org.vigie.reports.charts.SvgDocuments.select;
import static org.vigie.reports.charts.SvgDocuments.texts;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.i18n.Lang;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.PCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChoroplethMapTest {

    private static Document map(AdminLevel level, Map<PCode, Long> values, ClassBreaks breaks) throws Exception {
        return parse(new ChoroplethMap("Victimes par cercle", "Victimes vérifiées en 2025.", "Victimes",
                Boundaries.of(level), values, breaks, Lang.FR).toSvg());
    }

    private static Element unit(Document doc, String pcode) throws Exception {
        return select(doc, "//*[@data-pcode='" + pcode + "']").get(0);
    }

    @Test
    void the_region_map_draws_the_nine_regions_with_their_codes_and_names() throws Exception {
        Document doc = map(AdminLevel.REGION, Map.of(), new ClassBreaks(List.of(0L)));
        List<Element> units = select(doc, "//*[@class='unit']");

        assertThat(units).hasSize(9);
        assertThat(units).extracting(e -> e.getAttribute("data-pcode"))
                .containsExactlyInAnyOrder("ML01", "ML02", "ML03", "ML04", "ML05", "ML06", "ML07", "ML08", "ML09");
        assertThat(unit(doc, "ML09").getAttribute("data-name")).isEqualTo("Bamako");
    }

    @Test
    void the_cercle_map_draws_fifty_closed_outlines() throws Exception {
        List<Element> units = select(map(AdminLevel.CERCLE, Map.of(), new ClassBreaks(List.of(0L))), "//*[@class='unit']");

        assertThat(units).hasSize(50);
        for (Element unit : units) {
            String d = unit.getAttribute("d");
            assertThat(d).startsWith("M").endsWith("Z");
            assertThat(d.chars().filter(c -> c == 'M').count()).isEqualTo(d.chars().filter(c -> c == 'Z').count());
        }
    }

    @Test
    void each_value_colours_the_unit_with_its_code() throws Exception {
        Document doc = map(AdminLevel.REGION, Map.of(PCode.of("ML05"), 120L, PCode.of("ML06"), 3L),
                new ClassBreaks(List.of(0L, 10L, 100L)));

        assertThat(unit(doc, "ML05").getAttribute("data-value")).isEqualTo("120");
        assertThat(unit(doc, "ML05").getAttribute("fill")).isEqualTo(ChoroplethMap.BLUES[4]);
        assertThat(unit(doc, "ML06").getAttribute("fill")).isEqualTo(ChoroplethMap.BLUES[0]);
    }

    @Test
    void a_unit_without_a_value_is_hatched_and_the_legend_says_so() throws Exception {
        Document doc = map(AdminLevel.REGION, Map.of(PCode.of("ML05"), 120L), new ClassBreaks(List.of(0L, 10L, 100L)));

        assertThat(unit(doc, "ML01").getAttribute("fill")).isEqualTo("url(#no-data)");
        assertThat(unit(doc, "ML01").hasAttribute("data-value")).isFalse();
        assertThat(select(doc, "//*[@id='no-data']")).hasSize(1);
        assertThat(texts(doc)).contains("Victimes par cercle", "Victimes", "0 – 9", "10 – 99", "100 et plus", "Pas de données", "200 km");
    }

    @Test
    void quantile_classes_split_the_values_into_groups_of_about_equal_size() {
        ClassBreaks breaks = ClassBreaks.quantiles(List.of(1L, 2L, 3L, 4L, 10L, 20L, 30L, 40L, 100L, 200L), 5);

        assertThat(breaks.lowerBounds()).containsExactly(0L, 3L, 10L, 30L, 100L);
        assertThat(breaks.classOf(2)).isZero();
        assertThat(breaks.classOf(250)).isEqualTo(4);
    }

    @Test
    void quantile_classes_close_the_last_class_at_the_largest_value() {
        ClassBreaks breaks = ClassBreaks.quantiles(List.of(1L, 2L, 3L, 4L, 10L, 20L, 30L, 40L, 100L, 240L), 5);

        assertThat(breaks.label(4, Lang.FR)).isEqualTo("100 – 240");
        assertThat(breaks.label(4, Lang.EN)).isEqualTo("100 – 240");
    }

    @Test
    void counts_keep_zero_in_a_class_of_its_own_so_six_incidents_never_look_like_none() {
        List<Long> counts = new java.util.ArrayList<>(java.util.Collections.nCopies(40, 0L));
        counts.addAll(List.of(1L, 2L, 6L, 6L, 9L, 14L, 30L, 71L));

        ClassBreaks breaks = ClassBreaks.counts(counts, 5);

        assertThat(breaks.classOf(0)).isZero();
        assertThat(breaks.label(0, Lang.FR)).isEqualTo("0");
        assertThat(breaks.classOf(1)).isEqualTo(1);
        assertThat(breaks.classOf(6)).isPositive();
        assertThat(breaks.classOf(71)).isGreaterThan(breaks.classOf(6)).isEqualTo(breaks.lowerBounds().size() - 1);
        assertThat(breaks.label(breaks.lowerBounds().size() - 1, Lang.EN)).endsWith("71");
    }

    @Test
    void counts_without_zero_start_at_the_least_and_the_legend_states_each_class() throws Exception {
        ClassBreaks breaks = ClassBreaks.counts(List.of(6L, 8L, 12L, 20L, 45L), 4);

        assertThat(breaks.lowerBounds()).first().isEqualTo(6L);
        Document doc = map(AdminLevel.REGION, Map.of(PCode.of("ML05"), 6L, PCode.of("ML01"), 45L), breaks);
        List<String> legend = texts(doc);
        for (int c = 0; c < breaks.lowerBounds().size(); c++) {
            assertThat(legend).contains(breaks.label(c, Lang.FR));
        }
        assertThat(legend).doesNotContain("0");
    }

    @Test
    void a_map_without_any_value_has_a_legend_of_zero_not_zero_or_more() {
        ClassBreaks breaks = ClassBreaks.quantiles(List.of(), 4);

        assertThat(breaks.label(0, Lang.FR)).isEqualTo("0");
        assertThat(breaks.label(0, Lang.EN)).isEqualTo("0");
    }

    @Test
    void the_shipped_boundaries_are_the_shared_originals_with_their_source_noted() throws Exception {
        for (String name : List.of("mali-adm1.geojson", "mali-adm2.geojson")) {
            Path original = Path.of("../shared/data/geo", name);
            assumeTrue(Files.exists(original), "shared data absent: nothing to compare with");
            try (InputStream in = getClass().getResourceAsStream("/reference/geo/" + name)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(original));
            }
        }
        try (InputStream in = getClass().getResourceAsStream("/reference/geo/SOURCES.md")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("mali-adm2.geojson", "CC BY-IGO");
        }
    }
}

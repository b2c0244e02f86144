package org.vigie.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;

/** Statistics exported as CSV, XLSX and JSON on {@link StatisticsFixture}'s data (2025, verified). */
class StatisticsExportTest {
    static final String YEAR = "?from=2025-01-01&to=2025-12-31";
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static ExportClient analyst;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        StatisticsFixture.insertObservatory(app);
        StatisticsFixture.insertSchools(app);
        analyst = ExportClient.as(app, "stats-analyst", Role.ANALYST);
    }

    @Test
    void a_figure_as_csv_has_its_hxl_hashtags_on_the_row_under_the_headers() throws Exception {
        var r = analyst.get("/statistics/export.csv" + YEAR + "&figure=incidents.by_region");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = ExportClient.csv(r.body());
        assertThat(rows.get(0)).containsExactly("Tableau", "Code", "Libellé", "Nombre", "Du", "Au", "Statuts de vérification comptés");
        assertThat(rows.get(1)).containsExactly("#indicator+code", "#adm1+code", "#adm1+name", "#event+num", "#date+start", "#date+end",
                "#meta+statuses");
        // Verified incidents of 2025: I1, I2 in Mopti (ML05); I3, I4 in Kayes (ML01).
        assertThat(rows.subList(2, rows.size())).containsExactlyInAnyOrder(
                List.of("incidents.by_region", "ML01", "Kayes", "2", "2025-01-01", "2025-12-31", "Vérifié"),
                List.of("incidents.by_region", "ML05", "Mopti", "2", "2025-01-01", "2025-12-31", "Vérifié"));
    }

    @Test
    void every_figure_as_one_csv_stacks_them_under_generic_hashtags() throws Exception {
        List<List<String>> rows = ExportClient.csv(analyst.get("/statistics/export.csv" + YEAR).body());
        assertThat(rows.get(1)).containsExactly("#indicator+code", "#indicator+name", "#meta+unit", "#meta+code", "#meta+label",
                "#indicator+num", "#date+start", "#date+end", "#meta+statuses");
        assertThat(rows.stream().skip(2).map(row -> row.get(0)).distinct())
                .contains("incidents.by_region", "victims.by_sex", "children.grave_violations_victims", "schools.open_by_region");
    }

    @Test
    void xlsx_read_back_holds_a_sheet_per_figure_with_the_hashtag_row() throws Exception {
        var r = analyst.get("/statistics/export.xlsx" + YEAR);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, List<List<String>>> sheets = ExportClient.xlsx(r.body());
        assertThat(sheets).containsKeys("incidents.by_region", "victims.by_sex");
        List<List<String>> children = sheets.entrySet().stream().filter(e -> e.getKey().startsWith("children.grave_violations_vic"))
                .findFirst().orElseThrow().getValue();
        assertThat(children.get(1)).contains("#meta+violation+code", "#affected+children+num");
        List<List<String>> region = sheets.get("incidents.by_region");
        assertThat(region.get(1).get(1)).isEqualTo("#adm1+code");
        assertThat(region.get(2).get(0)).isEqualTo("incidents.by_region");
        assertThat(region.get(2).get(4)).isEqualTo("2025-01-01");
    }

    @Test
    void json_holds_each_figure_as_a_table_of_columns_and_rows() throws Exception {
        JsonNode json = new ObjectMapper().readTree(analyst.text("/api/v1/statistics/export" + YEAR + "&figure=victims.by_sex"));
        assertThat(json.get("export").asText()).isEqualTo("statistics");
        JsonNode table = json.get("tables").get(0);
        assertThat(table.get("name").asText()).isEqualTo("victims.by_sex");
        assertThat(table.get("columns").get(1).get("key").asText()).isEqualTo("code");
        assertThat(table.get("columns").get(1).get("hxl").asText()).isEqualTo("#meta+sex+code");
        assertThat(table.get("columns").get(3).get("hxl").asText()).isEqualTo("#affected+num");
        long total = 0;
        for (JsonNode row : table.get("rows")) {
            total += row.get("count").asLong();
        }
        assertThat(total).isEqualTo(8);
        assertThat(json.get("count").asLong()).isEqualTo(table.get("count").asLong()).isEqualTo(table.get("rows").size());
    }

    @Test
    void an_export_is_audited_with_who_what_the_filter_and_the_rows() {
        analyst.get("/statistics/export.json" + YEAR + "&figure=incidents.by_region");
        var entry = app.audit().find(new AuditQuery("stats-analyst", "statistics.exported", null, null, null, 0, 1)).get(0);
        assertThat(entry.details()).contains("\"format\":\"json\"", "\"rows\":\"2\"", "\"complete\":\"true\"", "figure=incidents.by_region");
    }

    @Test
    void an_unknown_format_or_figure_names_the_field() {
        assertThat(analyst.text("/api/v1/statistics/export?format=pdf")).contains("\"field\":\"format\"");
        assertThat(analyst.text("/api/v1/statistics/export?figure=nothing")).contains("\"field\":\"figure\"");
    }

    @Test
    void a_monitor_may_not_export_statistics() {
        ExportClient monitor = ExportClient.as(app, "stats-monitor", Role.MONITOR);
        assertThat(monitor.get("/statistics/export.csv").statusCode()).isEqualTo(403);
        assertThat(monitor.get("/api/v1/statistics/export").statusCode()).isEqualTo(403);
    }
}

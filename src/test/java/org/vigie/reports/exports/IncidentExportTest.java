package org.vigie.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;

/**
 * Incidents exported under the list's filter, as each role's list shows them, on {@link StatisticsFixture}'s seven
 * incidents (I3 restricted; every incident carries the fixture's distinctive locality and description).
 */
class IncidentExportTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static ExportClient analyst;
    static ExportClient observer;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        StatisticsFixture.insertObservatory(app);
        analyst = ExportClient.as(app, "inc-analyst", Role.ANALYST);
        observer = ExportClient.as(app, "inc-observer", Role.OBSERVER);
    }

    @Test
    void an_observers_export_holds_no_restricted_incident_no_free_text_and_no_victim_detail() throws Exception {
        var r = observer.get("/incidents/export.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        List<List<String>> rows = ExportClient.csv(r.body());
        assertThat(rows).hasSize(2 + 6);
        assertThat(rows.get(1)).doesNotContain("#meta+restricted", "#description+i_fr", "#loc+name", "#event+name", "#adm3+code",
                "#adm3+name");
        assertThat(body).doesNotContain(StatisticsFixture.SECRET_DESCRIPTION, StatisticsFixture.SECRET_LOCALITY, "V-0000",
                "VG-CHILD-SEXUAL-VIOLENCE");
    }

    @Test
    void an_analysts_export_holds_restricted_incidents_marked_as_such_and_their_descriptions() throws Exception {
        List<List<String>> rows = ExportClient.csv(analyst.get("/incidents/export.csv").body());
        assertThat(rows).hasSize(2 + 7);
        int restricted = rows.get(1).indexOf("#meta+restricted");
        int description = rows.get(1).indexOf("#description+i_fr");
        assertThat(rows.stream().skip(2).filter(row -> row.get(restricted).equals("oui"))).hasSize(1);
        assertThat(rows.get(2).get(description)).isEqualTo(StatisticsFixture.SECRET_DESCRIPTION);
        assertThat(String.join(",", rows.stream().flatMap(List::stream).toList())).doesNotContain("V-0000");
    }

    @Test
    void the_csv_has_the_hxl_row_under_the_headers() throws Exception {
        List<List<String>> rows = ExportClient.csv(observer.get("/incidents/export.csv").body());
        assertThat(rows.get(0)).startsWith("Référence", "Date de début");
        assertThat(rows.get(1)).startsWith("#event+id", "#date+occurred", "#date+occurred+end", "#meta+date_precision", "#loc+code",
                "#adm1+code", "#adm1+name", "#adm2+code", "#adm2+name");
        assertThat(rows.get(1)).contains("#event+type+code", "#group+perpetrator+code", "#affected+total", "#affected+f", "#affected+m",
                "#affected+children");
    }

    @Test
    void the_export_follows_the_lists_filter() throws Exception {
        // Verified incidents in Mopti (ML05): I1, I2 and I6 (2024).
        List<List<String>> rows = ExportClient.csv(observer.get("/incidents/export.csv?status=verified&place=ML05").body());
        assertThat(rows).hasSize(2 + 3);
        int region = rows.get(1).indexOf("#adm1+code");
        assertThat(rows.stream().skip(2).map(row -> row.get(region))).containsOnly("ML05");
        var entry = app.audit().find(new AuditQuery("inc-observer", "incidents.exported", null, null, null, 0, 1)).get(0);
        assertThat(entry.details()).contains("place=ML05", "status=verified", "\"rows\":\"3\"", "\"format\":\"csv\"");
    }

    @Test
    void xlsx_read_back_holds_the_hashtags_and_the_victims_counted() throws Exception {
        var r = analyst.get("/incidents/export.xlsx?from=2025-06-01&to=2025-06-01");
        assertThat(r.statusCode()).isEqualTo(200);
        List<List<String>> sheet = ExportClient.xlsx(r.body()).get("incidents");
        assertThat(sheet).hasSize(3);
        List<String> tags = sheet.get(1);
        List<String> i2 = sheet.get(2);
        // I2: two recorded victims (a boy of the category child, an older woman) and three unrecorded.
        assertThat(i2.get(tags.indexOf("#affected+total"))).isEqualTo("5");
        assertThat(i2.get(tags.indexOf("#affected+children"))).isEqualTo("1");
        assertThat(i2.get(tags.indexOf("#affected+f"))).isEqualTo("1");
        assertThat(i2.get(tags.indexOf("#event+type+code"))).contains("VG-CHILD-RECRUITMENT", StatisticsFixture.KILLING);
        assertThat(i2.get(tags.indexOf("#group+perpetrator+code"))).isEqualTo("armed_groups");
        assertThat(i2.get(tags.indexOf("#date+occurred"))).isEqualTo("2025-06-01");
    }

    @Test
    void the_api_answers_json_with_the_columns_and_a_row_per_incident() throws Exception {
        JsonNode json = new ObjectMapper().readTree(observer.text("/api/v1/incidents/export?status=dismissed"));
        JsonNode table = json.get("tables").get(0);
        assertThat(json.get("filter").asText()).isEqualTo("status=dismissed");
        assertThat(table.get("count").asLong()).isEqualTo(1);
        JsonNode row = table.get("rows").get(0);
        assertThat(row.get("adm1_code").asText()).isEqualTo("ML01");
        assertThat(row.get("victims").asLong()).isEqualTo(2);
        assertThat(row.has("description_fr")).isFalse();
    }

    @Test
    void roles_that_may_not_export_incidents_are_refused() {
        for (Role role : List.of(Role.MONITOR, Role.FOCAL_POINT, Role.VALIDATOR)) {
            ExportClient c = ExportClient.as(app, "inc-" + role.code().replace('_', '-'), role);
            assertThat(c.get("/incidents/export.csv").statusCode()).as(role.code()).isEqualTo(403);
            assertThat(c.get("/api/v1/incidents/export").statusCode()).as(role.code()).isEqualTo(403);
        }
    }
}

package org.vigie.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.registries.Input;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;

/** The three registries exported under their lists' filters: codes, dates and counts; no names, no free text. */
class RegistryExportTest {
    static final String SOURCE = "ZQ-SOURCE-DIRECTEUR-3391";
    static final String SUSPECT = "ZQ-SUSPECT-NAME-5521";
    static final String CHARGES = "ZQ-CHARGES-WORDED-6672";
    static final String HARM = "ZQ-HARM-STORY-8893";
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static ExportClient observer;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        Principal analyst = TestApp.account(app, "reg-analyst", Role.ANALYST).principal();
        var r = app.registries();
        r.schools().register(analyst, "127.0.0.1", input("name", "École de Sévaré", "pcode", "ML0501", "level", "fundamental_1",
                "closed_on", "2025-02-03", "cause", "threat", "girls", "120", "boys", "95", "teachers", "6", "source", SOURCE));
        r.schools().register(analyst, "127.0.0.1", input("name", "École de Kita", "pcode", "ML0104", "level", "secondary",
                "closed_on", "2025-03-01", "cause", "insecurity"));
        r.proceedings().open(analyst, "127.0.0.1", input("reference", "RP-2025-017", "court", "Pôle judiciaire spécialisé",
                "charges", CHARGES, "charge_classes", "war_crimes", "stage", "trial", "stage_on", "2025-05-02",
                "suspects_armed_groups", "2", "suspect_names_armed_groups", SUSPECT));
        r.reparations().submit(analyst, "127.0.0.1", input("pseudonym", "CVJR-2025-0042", "harm_classes", "physical_harm",
                "harm", HARM, "programme", "cvjr", "measures", "compensation", "amount_xof", "500000", "submitted_on", "2025-04-01"));
        observer = ExportClient.as(app, "reg-observer", Role.OBSERVER);
    }

    static Input input(String... namesAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new Input(values);
    }

    @Test
    void closed_schools_follow_the_lists_filter_with_their_hashtags_and_no_source() throws Exception {
        var r = observer.get("/registries/schools/export.csv?region=ML05");
        List<List<String>> rows = ExportClient.csv(r.body());
        assertThat(rows.get(1)).startsWith("#loc+school+name", "#loc+code", "#adm1+code", "#adm2+code");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).startsWith("École de Sévaré", "ML0501", "ML05", "ML0501");
        assertThat(rows.get(2).get(rows.get(1).indexOf("#affected+students+f"))).isEqualTo("120");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain(SOURCE);
    }

    @Test
    void proceedings_count_suspects_by_category_and_hold_neither_names_nor_charges_as_worded() throws Exception {
        var r = observer.get("/registries/proceedings/export.xlsx");
        List<List<String>> sheet = ExportClient.xlsx(r.body()).get("proceedings");
        assertThat(sheet.get(1)).contains("#meta+case+id", "#status+stage+code", "#indicator+suspects+num");
        assertThat(sheet.get(2)).contains("RP-2025-017", "trial", "2", "armed_groups:2");
        String all = sheet.toString();
        assertThat(all).doesNotContain(SUSPECT, CHARGES);
        ExportClient analyst = ExportClient.as(app, "reg-analyst-2", Role.ANALYST);
        assertThat(new String(analyst.get("/registries/proceedings/export.csv").body(), StandardCharsets.UTF_8)).doesNotContain(SUSPECT);
    }

    @Test
    void reparation_claims_name_the_claimant_by_pseudonym_only() throws Exception {
        var r = observer.get("/api/v1/registries/reparations/export?format=csv&status=submitted");
        assertThat(r.statusCode()).isEqualTo(200);
        List<List<String>> rows = ExportClient.csv(r.body());
        assertThat(rows.get(1).get(0)).isEqualTo("#beneficiary+code");
        assertThat(rows.get(2)).startsWith("CVJR-2025-0042", "physical_harm", "cvjr", "compensation", "500000", "submitted");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain(HARM);
    }

    @Test
    void a_focal_point_may_not_export_a_registry() {
        ExportClient focal = ExportClient.as(app, "reg-focal", Role.FOCAL_POINT);
        assertThat(focal.get("/registries/schools/export.csv").statusCode()).isEqualTo(403);
        assertThat(focal.get("/api/v1/registries/reparations/export").statusCode()).isEqualTo(403);
    }
}

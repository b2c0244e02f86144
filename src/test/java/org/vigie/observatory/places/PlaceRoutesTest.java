package org.vigie.observatory.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** The region → cercle → commune cascade's small routes, and the incident form's check that the place lies in the region chosen. */
class PlaceRoutesTest {
    private static final Pattern VALUE = Pattern.compile("<option value=\"([^\"]*)\"");

    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static WebClient web;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "place-monitor", Role.MONITOR);
        web = new WebClient(TestApp.base(app));
        assertThat(web.login("place-monitor", TestApp.PASSWORD).statusCode()).isBetween(300, 399);
    }

    private static List<String> values(String body) {
        Matcher m = VALUE.matcher(body);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void the_cercle_options_of_a_region_are_its_cercles_only_and_the_place_select_gets_the_region() {
        HttpResponse<String> r = web.get("/places/cercles?region=ML05");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> cercles = app.observatory().gazetteer().children(PCode.of("ML05")).stream().map(u -> u.pcode().value()).toList();
        assertThat(cercles).hasSize(8);
        assertThat(values(r.body())).containsExactlyElementsOf(concat("", cercles, "ML05"));
        assertThat(r.body()).contains("Bandiagara").contains("hx-swap-oob=\"innerHTML:#pcode\"").doesNotContain("Kayes");
    }

    @Test
    void the_commune_options_of_a_cercle_start_with_the_cercle_itself() {
        List<String> values = values(web.get("/places/communes?cercle=ML0502&region=ML05").body());
        assertThat(values.get(0)).isEqualTo("ML0502");
        assertThat(values).contains("ML050218").allSatisfy(v -> assertThat(v).startsWith("ML0502"));
    }

    @Test
    void without_a_cercle_the_place_select_gets_the_region() {
        assertThat(values(web.get("/places/communes?cercle=&region=ML05").body())).containsExactly("ML05");
    }

    @Test
    void an_unknown_region_is_refused_with_a_clear_message_and_the_regions_to_choose_from() {
        HttpResponse<String> r = web.get("/places/cercles?region=ML99");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ML99").contains("Kayes (ML01)");
    }

    @Test
    void an_unknown_cercle_is_refused_with_the_cercles_of_its_region() {
        HttpResponse<String> r = web.get("/places/communes?cercle=ML0599");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ML0599").contains("Bandiagara (ML0502)");
    }

    @Test
    void a_cercle_given_as_a_region_is_refused() {
        HttpResponse<String> r = web.get("/places/cercles?region=ML0502");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ML0502 n’est pas un code de région.");
    }

    @Test
    void a_code_of_the_wrong_shape_is_refused_naming_the_field() {
        HttpResponse<String> r = web.get("/places/cercles?region=Mopti");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Vigie-Error")).hasValue("invalid_input");
    }

    @Test
    void the_form_refuses_a_place_outside_the_region_chosen_in_the_cascade() {
        web.get("/incidents/new");
        HttpResponse<String> r = web.post("/incidents", "date_start", "2025-02-03", "region", "ML01", "pcode", "ML050218",
                "title", "Test", "acts[0].act_type", "killing");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ML050218 n’est pas dans ML01.");
    }

    @Test
    void the_form_records_a_commune_within_the_region_and_cercle_chosen_in_the_cascade() {
        web.get("/incidents/new");
        HttpResponse<String> r = web.post("/incidents", "date_start", "2025-02-03", "region", "ML05", "cercle", "ML0502",
                "pcode", "ML050218", "title", "Test", "description_fr", "Un test.", "acts[0].act_type", "01010101000004");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    }

    private static List<String> concat(String first, List<String> middle, String last) {
        List<String> out = new java.util.ArrayList<>();
        out.add(first);
        out.addAll(middle);
        out.add(last);
        return out;
    }
}

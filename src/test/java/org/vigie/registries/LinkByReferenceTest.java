package org.vigie.registries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestIncidents;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/** Issue 15, item 2: registry links take the reference people see, with suggestions as one types and without script. */
class LinkByReferenceTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static App app;
    static TrackedRecommendation recommendation;
    static long incident;
    static long restricted;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        try (InputStream in = LinkByReferenceTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        recommendation = app.tracker().find(RecommendationFilter.all()).get(0);
        incident = incident("ML-2026-000061", "monitor", false);
        incident("ML-2026-000062", "monitor", false);
        restricted = incident("ML-2026-000070", "analyst", true);
    }

    static long incident(String reference, String recordedBy, boolean restricted) {
        long id = TestIncidents.insert(app, recordedBy, restricted);
        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE incident SET reference = :r WHERE id = :id")
                .bind("r", reference).bind("id", id).execute());
        return id;
    }

    static long proceeding(String reference) throws Exception {
        HttpResponse<String> r = vigie.api(Role.ANALYST).post("/api/v1/registries/proceedings", "{\"reference\":\"" + reference
                + "\",\"court\":\"Pôle judiciaire spécialisé\",\"charge_classes\":[\"torture\"],\"stage\":\"trial\",\"stage_on\":\"2024-01-01\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return id(r.body());
    }

    static long school(String name) throws Exception {
        HttpResponse<String> r = vigie.api(Role.ANALYST).post("/api/v1/registries/schools", "{\"name\":\"" + name + "\",\"pcode\":\"ML0801\","
                + "\"level\":\"secondary\",\"closed_on\":\"2023-11-20\",\"cause\":\"insecurity\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return id(r.body());
    }

    static long claim(String pseudonym) throws Exception {
        HttpResponse<String> r = vigie.api(Role.MONITOR).post("/api/v1/registries/reparations", "{\"pseudonym\":\"" + pseudonym + "\","
                + "\"harm_classes\":[\"loss_of_life\"],\"programme\":\"cvjr\",\"measures\":[\"compensation\"],\"submitted_on\":\"2024-09-15\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return new ObjectMapper().readTree(r.body()).get("claim").get("id").asLong();
    }

    static long id(String json) {
        return Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> incidentLabels(long proceeding) {
        return app.registries().proceedings().incidentsOf(vigie.principal(Role.ANALYST), proceeding).stream().map(Link::label).toList();
    }

    @Test
    void a_proceeding_is_linked_to_an_incident_by_its_reference_whatever_the_case_and_spaces() throws Exception {
        long p = proceeding("RP-2026-001");
        WebClient monitor = vigie.web(Role.MONITOR);
        assertThat(monitor.get("/registries/proceedings/" + p).body()).contains("placeholder=\"ML-2026-000061\"")
                .doesNotContain("inputmode=\"numeric\"");
        assertThat(monitor.post("/registries/proceedings/" + p + "/links", "incident", " ml-2026-000061 ").statusCode()).isEqualTo(302);
        assertThat(incidentLabels(p)).containsExactly("ML-2026-000061");
    }

    @Test
    void a_school_is_linked_to_a_recommendation_by_its_reference() throws Exception {
        long s = school("Lycée de Tessalit");
        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.get("/registries/schools/" + s);
        assertThat(analyst.post("/registries/schools/" + s + "/recommendations", "recommendation", recommendation.reference()).statusCode())
                .isEqualTo(302);
        assertThat(app.registries().schools().recommendationsOf(s)).extracting(Link::id).containsExactly(recommendation.id());
    }

    @Test
    void the_internal_number_is_still_taken() throws Exception {
        long p = proceeding("RP-2026-002");
        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.get("/registries/proceedings/" + p);
        assertThat(analyst.post("/registries/proceedings/" + p + "/links", "incident", "#" + incident).statusCode()).isEqualTo(302);
        assertThat(incidentLabels(p)).containsExactly("ML-2026-000061");
    }

    @Test
    void the_beginning_of_several_references_is_refused_naming_them_beside_the_form() throws Exception {
        long p = proceeding("RP-2026-003");
        WebClient monitor = vigie.web(Role.MONITOR);
        monitor.get("/registries/proceedings/" + p);
        HttpResponse<String> r = monitor.post("/registries/proceedings/" + p + "/links", "incident", "ML-2026-00006");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("« ML-2026-00006 » n’est que le début de : ML-2026-000061, ML-2026-000062")
                .as("a restricted incident the monitor may not see is not named").doesNotContain("ML-2026-000070")
                .as("the candidates are offered as one-click links").contains("name=\"incident\" value=\"ML-2026-000061\"");
        assertThat(incidentLabels(p)).isEmpty();
    }

    @Test
    void a_restricted_incident_the_linker_may_not_see_is_refused_as_a_missing_one() throws Exception {
        long p = proceeding("RP-2026-004");
        WebClient monitor = vigie.web(Role.MONITOR);
        monitor.get("/registries/proceedings/" + p);
        HttpResponse<String> hidden = monitor.post("/registries/proceedings/" + p + "/links", "incident", "ML-2026-000070");
        HttpResponse<String> missing = monitor.post("/registries/proceedings/" + p + "/links", "incident", "ML-2026-999999");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(incidentLabels(p)).isEmpty();
    }

    @Test
    void an_unknown_recommendation_is_refused_beside_its_field_in_both_languages() throws Exception {
        long s = school("École de Ber");
        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.get("/registries/schools/" + s);
        HttpResponse<String> fr = analyst.post("/registries/schools/" + s + "/recommendations", "recommendation", "A/HRC/99/99#1.1");
        assertThat(fr.statusCode()).isEqualTo(400);
        assertThat(fr.body()).contains("aucun enregistrement n’a la référence « A/HRC/99/99#1.1 »");
        WebClient en = vigie.web(Role.ANALYST).language("en");
        en.get("/registries/schools/" + s);
        assertThat(en.post("/registries/schools/" + s + "/recommendations", "recommendation", "A/HRC/99/99#1.1").body())
                .contains("no record has the reference “A/HRC/99/99#1.1”");
    }

    @Test
    void the_api_takes_the_reference_and_names_the_field_it_refuses() throws Exception {
        long c = claim("CVJR-2026-0001");
        ApiClient api = vigie.api(Role.MONITOR);
        HttpResponse<String> linked = api.post("/api/v1/registries/reparations/" + c + "/incidents", "{\"incident\":\"ML-2026-000062\"}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(app.registries().reparations().incidentsOf(vigie.principal(Role.ANALYST), c)).extracting(Link::label)
                .containsExactly("ML-2026-000062");
        HttpResponse<String> partial = api.post("/api/v1/registries/reparations/" + c + "/incidents", "{\"incident\":\"ML-2026\"}");
        assertThat(partial.statusCode()).isEqualTo(400);
        assertThat(partial.body()).contains("\"field\":\"incident\"");
        long p = proceeding("RP-2026-005");
        HttpResponse<String> rec = vigie.api(Role.ANALYST).post("/api/v1/registries/proceedings/" + p + "/links",
                "{\"recommendation\":\"" + recommendation.reference().toLowerCase() + "\"}");
        assertThat(rec.statusCode()).as(rec.body()).isEqualTo(200);
        assertThat(app.registries().proceedings().recommendationsOf(p)).extracting(Link::id).containsExactly(recommendation.id());
    }

    @Test
    void suggestions_come_alone_to_htmx_each_a_form_with_its_csrf_token() throws Exception {
        long p = proceeding("RP-2026-006");
        WebClient monitor = vigie.web(Role.MONITOR);
        String page = monitor.get("/registries/proceedings/" + p).body();
        assertThat(page).contains("hx-get=\"/registries/proceedings/" + p + "/links?field=incident\"")
                .contains("hx-target=\"#incident-suggestions\"");
        HttpResponse<String> fragment = monitor.getHtmx("/registries/proceedings/" + p + "/links?field=incident&q=ML-2026-0000",
                "incident-suggestions");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("<code>ML-2026-000061</code>").contains("<code>ML-2026-000062</code>")
                .doesNotContain("ML-2026-000070").contains("name=\"_csrf\" value=\"" + monitor.csrf() + "\"");
        String analystSees = vigie.web(Role.ANALYST).getHtmx("/registries/proceedings/" + p + "/links?field=incident&q=ML-2026-0000",
                "incident-suggestions").body();
        assertThat(analystSees).as("analysts see restricted incidents").contains("ML-2026-000070");
    }

    @Test
    void without_script_the_search_answers_the_entrys_page_with_the_suggestions() throws Exception {
        long s = school("École de Léré");
        WebClient analyst = vigie.web(Role.ANALYST);
        String prefix = recommendation.reference();
        HttpResponse<String> r = analyst.get("/registries/schools/" + s + "/links?field=recommendation&q=" + enc(prefix));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>École de Léré</h1>").contains("<code>" + recommendation.reference() + "</code>")
                .contains("action=\"/registries/schools/" + s + "/recommendations\"");
        long c = claim("CVJR-2026-0002");
        assertThat(vigie.web(Role.MONITOR).get("/registries/reparations/" + c + "/links?q=ML-2026-00006").body())
                .contains("<code>ML-2026-000061</code>");
    }

    @Test
    void suggestions_are_refused_to_who_may_not_link_and_for_an_entry_they_may_not_see() throws Exception {
        long p = proceeding("RP-2026-007");
        assertThat(vigie.web(Role.OBSERVER).get("/registries/proceedings/" + p + "/links?field=incident&q=ML").statusCode()).isEqualTo(403);
        assertThat(vigie.web(Role.MONITOR).get("/registries/proceedings/999999/links?field=incident&q=ML").statusCode()).isEqualTo(404);
        Principal monitor = vigie.principal(Role.MONITOR);
        assertThat(app.observatory().references().incidents(monitor, "ML-2026-0000")).extracting(r -> r.reference())
                .containsExactly("ML-2026-000061", "ML-2026-000062");
    }

    @Test
    void the_recommendations_page_finds_incidents_as_one_types_and_links_one_typed_in_small_letters() {
        WebClient analyst = vigie.web(Role.ANALYST);
        long r = recommendation.id();
        assertThat(analyst.get("/tracker/" + r).body()).contains("hx-get=\"/tracker/" + r + "/incidents\"");
        String fragment = analyst.getHtmx("/tracker/" + r + "/incidents?q=ML-2026-00006", "incident-suggestions").body();
        assertThat(fragment).doesNotContain("<html").contains("<code>ML-2026-000061</code>")
                .contains("action=\"/tracker/" + r + "/incidents\"");
        assertThat(analyst.get("/tracker/" + r + "/incidents?q=ML-2026-00006").body()).as("without script: the page with them")
                .contains("<code>ML-2026-000062</code>").contains("id=\"incidents-title\"");
        analyst.get("/tracker/" + r);
        assertThat(analyst.post("/tracker/" + r + "/incidents", "incident", "ml-2026-000062").statusCode()).isEqualTo(303);
        assertThat(app.observatory().recommendationLinks().incidentsOf(vigie.principal(Role.ANALYST), r))
                .extracting(l -> l.reference()).contains("ML-2026-000062");
        assertThat(vigie.web(Role.OBSERVER).get("/tracker/" + r + "/incidents?q=ML").statusCode()).isEqualTo(403);
    }

    @Test
    void an_incident_is_linked_to_another_by_its_reference_in_any_case() {
        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.get("/incidents/" + incident);
        assertThat(analyst.post("/incidents/" + incident + "/links", "kind", "related_to", "to", " ml-2026-000062").statusCode())
                .isBetween(300, 399);
        assertThat(analyst.get("/incidents/" + incident).body()).contains(">ML-2026-000062</a>");
    }

    @Test
    void a_school_is_linked_through_the_api_by_reference_and_an_unknown_one_names_the_field() throws Exception {
        long s = school("École de Tin-Essako");
        ApiClient api = vigie.api(Role.MONITOR);
        HttpResponse<String> linked = api.post("/api/v1/registries/schools/" + s + "/recommendations",
                "{\"recommendation\":\"" + recommendation.reference() + "\"}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(app.registries().schools().recommendationsOf(s)).extracting(Link::id).containsExactly(recommendation.id());
        HttpResponse<String> unknown = api.post("/api/v1/registries/schools/" + s + "/recommendations", "{\"recommendation\":\"A/HRC/99/99#1.1\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"recommendation\"");
        assertThat(vigie.api(Role.OBSERVER).post("/api/v1/registries/schools/" + s + "/recommendations",
                "{\"recommendation\":\"" + recommendation.reference() + "\"}").statusCode()).isEqualTo(403);
    }
}

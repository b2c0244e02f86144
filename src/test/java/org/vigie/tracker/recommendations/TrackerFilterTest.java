package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.followup.FollowUp;

/** The list filtered by cycle, SDG goal, recommending State, assigned institution and status, counted and paged. */
class TrackerFilterTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static ApiClient api;
    static List<TrackedRecommendation> everything;
    static long implemented;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        Principal analyst = TestApp.account(app, "analyst", Role.ANALYST).principal();
        api = new ApiClient(TestApp.base(app), app.authentication().createToken(analyst, "t", "127.0.0.1").value());
        try (InputStream in = TrackerFilterTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        everything = app.tracker().find(RecommendationFilter.all().unpaged());
        FollowUp followUp = new FollowUp(app.database().jdbi(), app.audit(), app.accounts().institutionStore());
        for (int i = 0; i < 10; i++) {
            followUp.assign(analyst, "127.0.0.1", everything.get(i).id(), i < 3 ? "MJDH" : "DNDH");
        }
        implemented = everything.get(0).id();
        Principal fp = app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH",
                TestApp.PASSWORD)).principal();
        Principal validator = app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("val-mjdh"), "", Role.VALIDATOR,
                "MJDH", TestApp.PASSWORD)).principal();
        long report = followUp.submit(fp, "127.0.0.1", implemented, "Loi adoptée.", Status.IMPLEMENTED);
        followUp.decide(validator, "127.0.0.1", report, true, null);
    }

    private static JsonNode list(String query) throws Exception {
        var r = api.get("/api/v1/recommendations?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void the_sdg_filter_finds_every_recommendation_tied_to_a_goal_or_one_of_its_targets() throws Exception {
        long expected = everything.stream().filter(r -> r.sdgs().stream().anyMatch(s -> s.equals("16") || s.startsWith("16."))).count();
        assertThat(expected).isPositive().isLessThan(everything.size());
        assertThat(list("sdg=16&limit=1").get("total").asLong()).isEqualTo(expected);
    }

    @Test
    void the_recommending_state_filter_counts_the_recommendations_that_state_made() throws Exception {
        String state = everything.get(5).recommendingStates().get(0);
        long expected = everything.stream().filter(r -> r.recommendingStates().contains(state)).count();
        JsonNode found = list("state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        assertThat(found.get("total").asLong()).isEqualTo(expected);
        found.get("recommendations").forEach(r -> assertThat(r.get("recommendingStates").toString()).contains(state));
    }

    @Test
    void the_cycle_filter_keeps_the_cycle_of_the_review() throws Exception {
        assertThat(list("cycle=4&limit=1").get("total").asLong()).isEqualTo(everything.size());
        assertThat(list("cycle=3&limit=1").get("total").asLong()).isZero();
    }

    @Test
    void the_institution_and_status_filters_combine() throws Exception {
        assertThat(list("institution=MJDH").get("total").asLong()).isEqualTo(3);
        assertThat(list("institution=dndh").get("total").asLong()).isEqualTo(7);
        JsonNode done = list("institution=MJDH&status=implemented");
        assertThat(done.get("total").asLong()).isEqualTo(1);
        assertThat(done.get("recommendations").get(0).get("id").asLong()).isEqualTo(implemented);
        assertThat(list("status=not_started&limit=1").get("total").asLong()).isEqualTo(everything.size() - 1);
    }

    @Test
    void pages_of_a_filtered_list_follow_one_another_in_the_list_order() throws Exception {
        List<Long> expected = everything.stream().filter(r -> r.sdgs().stream().anyMatch(s -> s.startsWith("5"))).map(TrackedRecommendation::id).toList();
        JsonNode first = list("sdg=5&limit=3&offset=0");
        JsonNode second = list("sdg=5&limit=3&offset=3");
        assertThat(first.get("total").asLong()).isEqualTo(second.get("total").asLong()).isGreaterThan(6);
        List<Long> ids = new java.util.ArrayList<>();
        first.get("recommendations").forEach(r -> ids.add(r.get("id").asLong()));
        second.get("recommendations").forEach(r -> ids.add(r.get("id").asLong()));
        assertThat(ids).isEqualTo(expected.subList(0, 6));
    }

    @Test
    void the_page_keeps_every_filter_in_its_paging_and_export_links() {
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        String page = c.get("/tracker?cycle=4&status=not_started").body();
        assertThat(page).contains("cycle=4&amp;status=not_started&offset=50").contains("export.csv?cycle=4&amp;status=not_started")
                .contains(String.format("%d", everything.size() - 1));
    }

    @Test
    void a_bad_filter_value_is_refused_naming_its_field() {
        assertThat(api.get("/api/v1/recommendations?status=done").body()).contains("\"field\":\"status\"");
        assertThat(api.get("/api/v1/recommendations?cycle=x").body()).contains("\"field\":\"cycle\"");
        assertThat(api.get("/api/v1/recommendations?sdg=18").body()).contains("\"field\":\"sdg\"");
    }

    @Test
    void a_focal_point_asking_for_another_institution_still_sees_only_its_own() throws Exception {
        String token = app.authentication().createToken(app.accounts().byUsername("fp-mjdh").orElseThrow().principal(), "t",
                "127.0.0.1").value();
        ApiClient fp = new ApiClient(TestApp.base(app), token);
        assertThat(fp.get("/api/v1/recommendations?institution=DNDH").body()).contains("\"total\":0");
        assertThat(fp.get("/api/v1/recommendations").body()).contains("\"total\":3");
    }
}

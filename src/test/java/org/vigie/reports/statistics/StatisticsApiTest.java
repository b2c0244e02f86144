package org.vigie.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;

/** {@code GET /api/v1/statistics} on {@link StatisticsFixture}'s data, for an analyst and an observer. */
class StatisticsApiTest {
    static final String YEAR = "/api/v1/statistics?from=2025-01-01&to=2025-12-31";
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static ApiClient analyst;
    static ApiClient observer;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        StatisticsFixture.insertObservatory(app);
        analyst = client("api-analyst", Role.ANALYST);
        observer = client("api-observer", Role.OBSERVER);
    }

    static ApiClient client(String name, Role role) {
        var account = TestApp.account(app, name, role);
        return new ApiClient(TestApp.base(app), app.authentication().createToken(account.principal(), "t", "127.0.0.1").value());
    }

    static JsonNode figure(HttpResponse<String> r, String id) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode f : new ObjectMapper().readTree(r.body()).get("figures")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + id);
    }

    @Test
    void each_figure_says_what_it_counts_and_its_total() throws Exception {
        JsonNode f = figure(observer.get(YEAR), "victims.by_sex");
        assertThat(f.get("counts").asText()).isEqualTo("victims");
        assertThat(f.get("total").asLong()).isEqualTo(8);
        assertThat(f.get("scope").asText()).isEqualTo("period");
        assertThat(f.get("rows").get(0).get("label").asText()).isNotBlank();
    }

    @Test
    void an_analyst_may_count_incidents_pending_verification_in_a_region() throws Exception {
        JsonNode f = figure(analyst.get(YEAR + "&region=ML05&statuses=verified,pending_verification"), "incidents.by_status");
        assertThat(f.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void an_observer_counts_verified_incidents_only() {
        HttpResponse<String> r = observer.get(YEAR + "&statuses=verified,pending_verification");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"statuses\"");
    }

    @Test
    void a_bad_place_or_an_inverted_period_names_its_field() {
        assertThat(analyst.get(YEAR + "&region=Mopti").body()).contains("\"field\":\"region\"");
        assertThat(analyst.get("/api/v1/statistics?from=2025-12-31&to=2025-01-01").body()).contains("\"field\":\"to\"");
    }
}

package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;
import org.vigie.tracker.imports.UhriFiles;

/**
 * Issue 15, item 8: Vigie follows one State (Mali by default); a list of another is refused unless that State is
 * confirmed, each recommendation keeps its State, and the public portal counts only the followed State's.
 */
class StateOfListTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();

    @Test
    void the_api_refuses_a_list_of_another_state_naming_the_field_and_both_states_and_imports_nothing() throws Exception {
        long before = recommendations();

        HttpResponse<String> r = importByApi("name=slovenia.docx", slovenia());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.body()).contains("\"field\":\"state\"").contains("(SI)").contains("(ML)");
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void an_export_of_the_state_followed_needs_no_confirmation_and_keeps_its_state() throws Exception {
        HttpResponse<String> r = importByApi("name=uhri-mali.csv", UhriFiles.csvBytes(List.of(UhriFiles.HEADER, UhriFiles.upr("97.1", "Supported"))));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"added\":1");
        assertThat(ofState("ML")).isEqualTo(1);
    }

    @Test
    void an_export_whose_rows_concern_another_state_is_refused_unless_confirmed() throws Exception {
        List<String> row = new ArrayList<>(UhriFiles.upr("98.1", "Supported"));
        row.set(1, "Slovenia");
        byte[] csv = UhriFiles.csvBytes(List.of(UhriFiles.HEADER, row));

        assertThat(importByApi("name=uhri-si.csv", csv).statusCode()).isEqualTo(409);
        HttpResponse<String> confirmed = importByApi("name=uhri-si.csv&state=SI", csv);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    }

    @Test
    void on_the_web_the_refusal_offers_the_same_file_again_with_its_state_confirmed_and_the_portal_counts_only_mali()
            throws Exception {
        WebClient analyst = vigie.web(Role.ANALYST);
        analyst.get("/tracker");

        HttpResponse<String> refused = analyst.postMultipart("/tracker/import", "file", "slovenia.docx", slovenia());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"error-summary\"").contains("href=\"#state\"").contains("Slovénie (SI)")
                .contains("Mali (ML)").contains("name=\"state\" value=\"SI\"").contains("id=\"confirm-file\"");

        HttpResponse<String> confirmed = analyst.postMultipart("/tracker/import", List.of("state", "SI"), "file", "slovenia.docx",
                slovenia());

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("254");
        assertThat(ofState("SI")).isGreaterThanOrEqualTo(254);
        String portal = new WebClient(vigie.base()).get("/public/recommendations").body();
        assertThat(portal).as("Slovenia's 254 recommendations are not Mali's").doesNotContain("254").doesNotContain("217");
    }

    private static HttpResponse<String> importByApi(String query, byte[] body) throws IOException, InterruptedException {
        String token = vigie.app().authentication().createToken(vigie.principal(Role.ANALYST), "test", "127.0.0.1").value();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(vigie.base() + "/api/v1/recommendations/import?" + query))
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] slovenia() throws IOException {
        try (InputStream in = StateOfListTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            return in.readAllBytes();
        }
    }

    private static long recommendations() {
        return vigie.app().database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM recommendation").mapTo(Long.class).one());
    }

    private static long ofState(String state) {
        return vigie.app().database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM recommendation WHERE state = :s")
                .bind("s", state).mapTo(Long.class).one());
    }
}

package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;

/**
 * Issue 15, item 4: a refused incident form names every fault at once, each beside its field by its label, with a
 * summary linking to each; nothing typed is lost; the API names each by its machine path.
 */
class IncidentFormFaultsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();

    private static final String[] FAULTY = {
            "date_start", "2025-13-45", "pcode", "ML050218", "title", "Attaque du marché", "latitude", "quatorze",
            "description_fr", "Des hommes armés ont attaqué le marché.", "acts[0].act_type", "01010101000004",
            "acts[0].perpetrators[0].group_name", "Katiba sans catégorie",
            "victims[0].age", "34", "victims[0].consent", "documentation"};

    @Test
    void every_fault_is_named_at_once_by_its_label_with_a_summary_linking_to_each_field() {
        HttpResponse<String> r = refuse(vigie.web(Role.MONITOR));

        assertThat(r.statusCode()).isEqualTo(400);
        String html = r.body();
        assertThat(html).contains("id=\"error-summary\"").contains("6 erreurs à corriger");
        assertThat(html).contains("href=\"#date-start\"").contains("href=\"#latitude\"")
                .contains("href=\"#acts-0-perpetrators-0-category\"").contains("href=\"#victims-0-sex\"")
                .contains("href=\"#victims-0-consent-given-by\"").contains("href=\"#victims-0-consent-given-on\"");
        assertThat(html).contains("Victime 1 — Consentement donné par").contains("Victime 1 — Date du consentement")
                .contains("Acte 1 — Auteur présumé 1 — Catégorie");
        String summary = html.substring(html.indexOf("id=\"error-summary\""), html.indexOf("</div>", html.indexOf("id=\"error-summary\"")));
        assertThat(summary).as("no machine path in what a person reads").doesNotContain("victims[0]").doesNotContain("acts[0]");
        assertThat(html).contains("id=\"victims-0-consent-given-by-error\"")
                .contains("aria-describedby=\"victims-0-consent-given-by-error\"").contains("aria-invalid=\"true\"");
    }

    @Test
    void what_was_typed_is_kept_on_a_refused_form() {
        String html = refuse(vigie.web(Role.MONITOR)).body();

        assertThat(html).contains("value=\"2025-13-45\"").contains("value=\"Attaque du marché\"").contains("value=\"quatorze\"")
                .contains("Des hommes armés ont attaqué le marché.").contains("value=\"Katiba sans catégorie\"")
                .contains("value=\"34\"").containsPattern("value=\"documentation\"\\s+checked");
    }

    @Test
    void the_labels_are_english_in_english() {
        WebClient web = vigie.web(Role.MONITOR).language("en");
        String html = refuse(web).body();
        assertThat(html).contains("6 errors to correct").contains("Victim 1 — Consent given by");
    }

    @Test
    void the_api_names_every_fault_by_its_machine_path() {
        HttpResponse<String> r = vigie.api(Role.MONITOR).post("/api/v1/incidents", """
                {"date_start": "2025-13-45", "pcode": "ML050218", "title": "Attaque", "description_fr": "Attaque du marché.",
                 "acts": [{"act_type": "01010101000004"}], "latitude": "quatorze",
                 "victims": [{"sex": "female", "consent": ["documentation"]}]}""");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"date_start\"").contains("\"fields\"").contains("\"field\":\"latitude\"")
                .contains("\"field\":\"victims[0].consent.given_by\"").contains("\"field\":\"victims[0].consent.given_on\"");
    }

    @Test
    void optional_selects_start_empty_and_say_which_value_a_blank_keeps() {
        String html = vigie.web(Role.MONITOR).get("/incidents/new").body();
        assertThat(html).containsPattern("name=\"acts\\[0]\\.perpetrators\\[0]\\.involvement\"[^>]*>\\s*(<%--[^>]*--%>\\s*)?<option value=\"\">Non précisé \\(enregistré : Suspecté")
                .containsPattern("name=\"sources\\[0]\\.kind\"[^>]*>\\s*<option value=\"\">Non précisé")
                .containsPattern("name=\"sources\\[0]\\.reliability\"[^>]*>\\s*<option value=\"\">Non précisé");
        assertThat(html).doesNotContainPattern("<option value=\"01060000000018\" selected");
    }

    /** Posts the faulty incident from the form's page, whose CSRF token it carries. */
    private static HttpResponse<String> refuse(WebClient web) {
        web.get("/incidents/new");
        return web.post("/incidents", FAULTY);
    }
}

package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestIncidents;
import org.vigie.support.WebClient;

/** Issue 15, item 4: the victim forms name every fault at once by its label, beside its field, and keep what was typed. */
class VictimFormFaultsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static long incident;

    @BeforeAll
    static void incident() {
        incident = TestIncidents.insert(vigie.app(), RunningVigie.username(Role.MONITOR), false, "killing");
    }

    @Test
    void a_new_victim_refused_names_sex_consent_and_identity_at_once_and_keeps_what_was_typed() {
        WebClient web = vigie.web(Role.MONITOR);
        web.get("/incidents/" + incident + "/victims/new");

        HttpResponse<String> r = web.post("/incidents/" + incident + "/victims", "age", "200", "consent", "documentation",
                "full_name", "Fanta Samaké", "notes", "Rencontrée au marché");

        assertThat(r.statusCode()).isEqualTo(400);
        String html = r.body();
        assertThat(html).contains("id=\"error-summary\"").contains("href=\"#sex\"").contains("href=\"#age\"")
                .contains("href=\"#consent-given-by\"").contains("href=\"#consent-given-on\"");
        assertThat(html).contains("Sexe : ce champ est obligatoire").contains("Consentement donné par : ce champ est obligatoire");
        assertThat(html).contains("aria-describedby=\"sex-error\"").contains("id=\"consent-given-by-error\"");
        assertThat(html).contains("value=\"200\"").contains("value=\"Fanta Samaké\"").contains("Rencontrée au marché")
                .containsPattern("value=\"documentation\"\\s+checked");
    }

    @Test
    void an_edit_refused_keeps_the_values_typed_not_the_recorded_ones() {
        WebClient web = vigie.web(Role.MONITOR);
        web.get("/incidents/" + incident + "/victims/new");
        HttpResponse<String> created = web.post("/incidents/" + incident + "/victims", "sex", "female", "age", "30");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String victim = created.headers().firstValue("Location").orElseThrow().replaceAll(".*recorded=", "");
        long id = vigie.app().victims().list(incident, vigie.principal(Role.MONITOR)).victims().stream()
                .filter(v -> v.pseudonym().equals(victim)).findFirst().orElseThrow().id();
        web.get("/incidents/" + incident + "/victims/" + id + "/edit");

        HttpResponse<String> r = web.post("/incidents/" + incident + "/victims/" + id, "sex", "", "age", "-4");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("2 erreurs à corriger").contains("href=\"#sex\"").contains("href=\"#age\"")
                .contains("value=\"-4\"").doesNotContain("value=\"30\"");
    }
}

package org.vigie.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;

/** Issue 15, item 4: the registries' forms name every fault at once by its label, keep what was typed, and choose for nobody. */
class RegistryFormFaultsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();

    @Test
    void a_school_refused_names_every_fault_with_its_label_and_keeps_what_was_typed() {
        WebClient web = vigie.web(Role.ANALYST);
        web.get("/registries/schools/new");

        HttpResponse<String> r = web.post("/registries/schools", "name", "École de Sangha", "pcode", "ML9999",
                "closed_on", "2031-01-01", "girls", "beaucoup", "source", "Rapport du CAP");

        assertThat(r.statusCode()).isEqualTo(400);
        String html = r.body();
        assertThat(html).contains("id=\"error-summary\"").contains("href=\"#pcode\"").contains("href=\"#level\"")
                .contains("href=\"#closed-on\"").contains("href=\"#cause\"").contains("href=\"#girls\"");
        assertThat(html).contains("Niveau : ce champ est obligatoire").contains("Filles : un nombre est attendu");
        assertThat(html).contains("aria-describedby=\"girls-error\"").contains("value=\"École de Sangha\"")
                .contains("value=\"beaucoup\"").contains("value=\"Rapport du CAP\"");
    }

    @Test
    void required_selects_start_empty_so_that_nothing_is_chosen_for_the_reader() {
        WebClient web = vigie.web(Role.ANALYST);
        assertThat(web.get("/registries/schools/new").body()).containsPattern("name=\"level\"[^>]*>\\s*<option value=\"\">")
                .containsPattern("name=\"cause\"[^>]*>\\s*<option value=\"\">");
        assertThat(web.get("/registries/proceedings/new").body()).containsPattern("name=\"stage\"[^>]*>\\s*<option value=\"\">");
        assertThat(web.get("/registries/reparations/new").body()).containsPattern("name=\"programme\"[^>]*>\\s*<option value=\"\">");
    }

    @Test
    void a_proceeding_refused_in_english_names_its_fields_in_english() {
        WebClient web = vigie.web(Role.ANALYST).language("en");
        web.get("/registries/proceedings/new");

        String html = web.post("/registries/proceedings", "court", "Tribunal de Mopti", "suspects_armed_groups", "-2").body();

        assertThat(html).contains("href=\"#reference\"").contains("href=\"#charge-classes\"").contains("href=\"#stage\"")
                .contains("href=\"#stage-on\"").contains("href=\"#suspects-armed-groups\"").contains("value=\"Tribunal de Mopti\"");
        assertThat(html).doesNotContain("Numéro d’affaire :");
    }

    @Test
    void a_reparation_claim_refused_names_the_amount_without_compensation_with_the_other_faults() {
        WebClient web = vigie.web(Role.ANALYST);
        web.get("/registries/reparations/new");

        String html = web.post("/registries/reparations", "harm_classes", "physical_harm", "measures", "rehabilitation",
                "amount_xof", "150 000").body();

        assertThat(html).contains("href=\"#programme\"").contains("href=\"#amount-xof\"").contains("href=\"#submitted-on\"")
                .contains("value=\"150 000\"");
    }
}

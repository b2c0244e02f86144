package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;

/** On a phone a list's filters fold; they stay open, and say how many are set, once one narrows the list. */
class FoldedFiltersTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();

    @Test
    void filters_are_folded_while_none_is_set() {
        WebClient analyst = vigie.web(Role.ANALYST);
        for (String list : new String[] {"/tracker", "/incidents", "/registries/schools", "/registries/proceedings", "/registries/reparations"}) {
            String body = analyst.get(list).body();
            assertThat(body).as(list).contains("<details class=\"fold\"><summary>Filtrer la liste</summary>");
        }
        assertThat(vigie.web(Role.ADMINISTRATOR).get("/audit").body()).contains("<details class=\"fold\"><summary>Filtrer la liste</summary>");
    }

    @Test
    void a_set_filter_keeps_them_open_and_counted_in_both_languages() {
        WebClient analyst = vigie.web(Role.ANALYST);
        assertThat(analyst.get("/tracker?mechanism=upr&q=ecole").body())
                .contains("<details class=\"fold\" open><summary>Filtrer la liste (2 filtres actifs)</summary>");
        assertThat(analyst.get("/incidents?status=verified").body())
                .contains("<details class=\"fold\" open><summary>Filtrer la liste (1 filtre actif)</summary>");
        assertThat(analyst.get("/tracker?mechanism=upr&state=").body()).contains("(1 filtre actif)");
        assertThat(analyst.language("en").get("/registries/schools?state=closed").body())
                .contains("<details class=\"fold\" open><summary>Filter the list (1 filter set)</summary>");
        assertThat(vigie.web(Role.ADMINISTRATOR).get("/audit?actor=analyst").body()).contains("(1 filtre actif)");
    }

    @Test
    void the_institution_filter_names_each_institution_beside_its_acronym() {
        assertThat(vigie.web(Role.ANALYST).get("/tracker").body())
                .contains(">DNDH · Direction nationale des droits de l’homme</option>");
    }
}

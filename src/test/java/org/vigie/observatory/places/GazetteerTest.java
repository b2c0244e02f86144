package org.vigie.observatory.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.ochaCodAb2015();
    }

    @Test
    void the_2015_edition_has_9_regions_50_cercles_and_701_communes() {
        assertThat(gazetteer.units(AdminLevel.REGION)).hasSize(9);
        assertThat(gazetteer.units(AdminLevel.CERCLE)).hasSize(50);
        assertThat(gazetteer.units(AdminLevel.COMMUNE)).hasSize(701);
    }

    @Test
    void every_cercle_and_commune_lies_in_a_known_unit_of_the_level_above() {
        for (AdminLevel level : new AdminLevel[] {AdminLevel.CERCLE, AdminLevel.COMMUNE}) {
            assertThat(gazetteer.units(level)).allSatisfy(unit -> {
                AdminUnit parent = gazetteer.find(unit.parent().orElseThrow()).orElseThrow();
                assertThat(parent.level()).isEqualTo(level.above().orElseThrow());
            });
        }
    }

    @Test
    void regions_are_named_as_french_readers_write_them_under_ochas_codes() {
        assertThat(gazetteer.require(PCode.of("ML07")).name()).isEqualTo("Gao");
        assertThat(gazetteer.require(PCode.of("ML09")).name()).isEqualTo("Bamako");
        assertThat(gazetteer.require(PCode.of("ML04")).name()).isEqualTo("Ségou");
        assertThat(gazetteer.require(PCode.of("ML02")).name()).isEqualTo("Koulikoro");
        assertThat(gazetteer.require(PCode.of("ML06")).name()).isEqualTo("Tombouctou");
    }

    @Test
    void a_cercles_chief_town_takes_the_cercles_accented_name_and_is_still_found_without_accents() {
        assertThat(gazetteer.require(PCode.of("ML0505")).name()).isEqualTo("Djenné");
        assertThat(gazetteer.children(PCode.of("ML0505"))).extracting(AdminUnit::name).contains("Djenné Commune");
        assertThat(gazetteer.children(PCode.of("ML0704"))).extracting(AdminUnit::name).contains("Ménaka");
        assertThat(gazetteer.search("djenne")).extracting(u -> u.pcode().value()).contains("ML0505");
        assertThat(gazetteer.units(AdminLevel.CERCLE)).extracting(AdminUnit::name).doesNotContain("Segou", "Djenne", "Menaka");
    }

    @Test
    void every_unit_carries_the_edition_it_comes_from() {
        assertThat(gazetteer.edition()).isEqualTo("ocha-cod-ab-2015");
        assertThat(gazetteer.units(AdminLevel.COMMUNE)).allSatisfy(u -> assertThat(u.edition()).isEqualTo("ocha-cod-ab-2015"));
    }

    @Test
    void the_cercles_of_gao_are_ansongo_bourem_gao_and_menaka() {
        assertThat(gazetteer.children(PCode.of("ML07"))).extracting(AdminUnit::name)
                .containsExactly("Ansongo", "Bourem", "Gao", "Ménaka");
    }

    @Test
    void the_communes_of_a_cercle_all_carry_its_code() {
        assertThat(gazetteer.children(PCode.of("ML0102")))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.pcode().isWithin(PCode.of("ML0102"))).isTrue())
                .extracting(AdminUnit::name).contains("Tomora", "Sidibela");
    }

    @Test
    void a_commune_has_no_children() {
        assertThat(gazetteer.children(PCode.of("ML010213"))).isEmpty();
    }

    @Test
    void search_ignores_accents_and_case_in_either_direction() {
        assertThat(gazetteer.search("Ségou")).first().extracting(AdminUnit::pcode).isEqualTo(PCode.of("ML04"));
        assertThat(gazetteer.search("SEGOU")).first().extracting(AdminUnit::pcode).isEqualTo(PCode.of("ML04"));
        assertThat(gazetteer.search("tombouctou")).extracting(AdminUnit::pcode).contains(PCode.of("ML06"));
    }

    @Test
    void search_puts_the_region_before_the_cercle_and_commune_of_the_same_name() {
        assertThat(gazetteer.search("Gao")).extracting(AdminUnit::level)
                .startsWith(AdminLevel.REGION, AdminLevel.CERCLE, AdminLevel.COMMUNE);
    }

    @Test
    void search_finds_every_commune_sharing_a_name_before_longer_names() {
        assertThat(gazetteer.search("benkadi")).extracting(u -> u.pcode().value(), AdminUnit::name).containsExactly(
                tuple("ML020302", "Benkadi"),
                tuple("ML020402", "Benkadi"),
                tuple("ML030701", "Benkadi"),
                tuple("ML010503", "Benkadi Founia"));
    }

    @Test
    void a_blank_search_finds_nothing() {
        assertThat(gazetteer.search("  ")).isEmpty();
    }
}

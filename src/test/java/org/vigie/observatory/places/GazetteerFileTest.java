package org.vigie.observatory.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;

/** Loading an edition from OCHA's tables: a malformed row stops the load and names its file and line. */
class GazetteerFileTest {

    private static final String REGIONS = "admin1Name,admin1Pcod\nGao,ML07\nKidal,ML08\n";
    private static final String CERCLES = "admin1Pcod,admin2Name,admin2Pcod\nML07,Ansongo,ML0702\n";
    private static final String COMMUNES = "admin2Pcod,admin3Name,admin3Pcod\nML0702,Bara,ML070202\n";

    @Test
    void a_small_edition_loads_under_its_own_name() {
        Gazetteer g = Gazetteer.fromCsv("test-edition", REGIONS, CERCLES, COMMUNES);
        assertThat(g.require(PCode.of("ML070202"))).isEqualTo(new AdminUnit(PCode.of("ML070202"), "Bara", "test-edition"));
    }

    @Test
    void an_unknown_code_is_refused_naming_the_code_and_the_edition() {
        Gazetteer g = Gazetteer.fromCsv("test-edition", REGIONS, CERCLES, COMMUNES);
        assertThatThrownBy(() -> g.require(PCode.of("ML09")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("observatory.pcode.unknown");
                    assertThat(e.args()).containsExactly("ML09", "test-edition");
                });
    }

    @Test
    void an_invalid_code_is_reported_with_its_file_and_line() {
        assertMalformed(REGIONS, CERCLES, "admin2Pcod,admin3Name,admin3Pcod\nML0702,Bara,ML070202\nML0702,Bourra,ML07X3\n",
                "adm3 line 3", "ML07X3");
    }

    @Test
    void a_row_with_a_missing_field_is_reported_with_its_line() {
        assertMalformed("admin1Name,admin1Pcod\nGao,ML07\nKidal\n", CERCLES, COMMUNES, "adm1 line 3", "fields");
    }

    @Test
    void a_blank_name_is_reported_with_its_line() {
        assertMalformed(REGIONS, "admin1Pcod,admin2Name,admin2Pcod\nML07, ,ML0702\n", COMMUNES, "adm2 line 2", "admin2Name");
    }

    @Test
    void a_cercle_whose_declared_region_contradicts_its_code_is_refused() {
        assertMalformed(REGIONS, "admin1Pcod,admin2Name,admin2Pcod\nML08,Ansongo,ML0702\n", COMMUNES, "adm2 line 2", "ML08");
    }

    @Test
    void a_commune_of_an_unknown_cercle_is_refused() {
        assertMalformed(REGIONS, CERCLES, "admin2Pcod,admin3Name,admin3Pcod\nML0703,Bamba,ML070301\n", "adm3 line 2", "ML0703");
    }

    @Test
    void a_code_at_the_wrong_level_is_refused() {
        assertMalformed(REGIONS, "admin1Pcod,admin2Name,admin2Pcod\nML07,Ansongo,ML070201\n", COMMUNES, "adm2 line 2", "ML070201");
    }

    @Test
    void a_code_given_twice_is_refused() {
        assertMalformed("admin1Name,admin1Pcod\nGao,ML07\nGao bis,ML07\n", CERCLES, COMMUNES, "adm1 line 3", "twice");
    }

    private static void assertMalformed(String regions, String cercles, String communes, String field, String detail) {
        assertThatThrownBy(() -> Gazetteer.fromCsv("test-edition", regions, cercles, communes))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo("observatory.reference.malformed_row");
                    assertThat(e.args()[2].toString()).contains(detail);
                });
    }
}

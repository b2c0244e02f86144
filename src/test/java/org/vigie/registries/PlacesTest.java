package org.vigie.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.Gazetteer;

/** A registry's place as people type it: a P-code, a name, or a suggestion copied back with its code. */
class PlacesTest {
    private final Places places = new Places(Gazetteer.ochaCodAb2015());

    @Test
    void a_name_that_matches_one_commune_is_taken_whatever_its_case_and_accents() {
        assertThat(places.cercleOrCommune("place", "Dourou").pcode().value()).isEqualTo("ML050208");
        assertThat(places.cercleOrCommune("place", "  dOURÔU ").pcode().value()).isEqualTo("ML050208");
    }

    @Test
    void a_suggestion_copied_back_with_its_code_is_taken() {
        assertThat(places.cercleOrCommune("place", "Dourou (ML050208)").pcode().value()).isEqualTo("ML050208");
    }

    @Test
    void a_cercle_is_found_by_its_name() {
        assertThat(places.cercleOrCommune("place", "Bandiagara").pcode().value()).startsWith("ML0502");
    }

    @Test
    void a_name_shared_by_several_communes_lists_each_with_its_cercle_and_region() {
        InvalidInput refused = catchThrowableOfType(() -> places.cercleOrCommune("place", "baye"), InvalidInput.class);
        assertThat(refused.field()).isEqualTo("place");
        assertThat(refused.messageKey()).isEqualTo("registries.place.ambiguous");
        assertThat(String.valueOf(refused.args()[1])).contains("Baye (ML").contains(";");
    }

    @Test
    void an_unknown_name_is_refused_with_the_nearest_names() {
        InvalidInput refused = catchThrowableOfType(() -> places.cercleOrCommune("place", "Dour"), InvalidInput.class);
        assertThat(refused.messageKey()).isEqualTo("registries.place.unknown_near");
        assertThat(String.valueOf(refused.args()[1])).contains("Dourou (ML050208)");
    }
}

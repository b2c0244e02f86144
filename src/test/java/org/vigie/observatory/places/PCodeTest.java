package org.vigie.observatory.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.errors.InvalidInput;

class PCodeTest {

    @Test
    void a_code_of_four_six_or_eight_characters_is_a_region_cercle_or_commune() {
        assertThat(PCode.of("ML07").level()).isEqualTo(AdminLevel.REGION);
        assertThat(PCode.of("ML0702").level()).isEqualTo(AdminLevel.CERCLE);
        assertThat(PCode.of("ML070201").level()).isEqualTo(AdminLevel.COMMUNE);
    }

    @Test
    void a_commune_lies_in_its_cercle_which_lies_in_its_region() {
        PCode commune = PCode.of("ML070201");
        assertThat(commune.parent()).contains(PCode.of("ML0702"));
        assertThat(commune.parent().orElseThrow().parent()).contains(PCode.of("ML07"));
        assertThat(PCode.of("ML07").parent()).isEmpty();
        assertThat(commune.region()).isEqualTo(PCode.of("ML07"));
        assertThat(commune.isWithin(PCode.of("ML07"))).isTrue();
        assertThat(commune.isWithin(PCode.of("ML0701"))).isFalse();
    }

    @Test
    void a_code_typed_in_lower_case_or_padded_is_the_same_code() {
        assertThat(PCode.of(" ml0702 ")).isEqualTo(PCode.of("ML0702"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ML", "ML7", "ML070", "ML0702011", "BF0702", "ML00", "ML0700", "ML070200", "MLAB"})
    void a_malformed_code_is_refused_on_the_pcode_field(String value) {
        assertThatThrownBy(() -> PCode.of(value))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("pcode");
                    assertThat(e.messageKey()).isEqualTo("observatory.pcode.invalid");
                });
    }
}

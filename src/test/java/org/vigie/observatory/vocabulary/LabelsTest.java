package org.vigie.observatory.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.imports.AcledSubEventType;
import org.vigie.observatory.incidents.DatePrecision;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.places.AdminLevel;

/** Every fixed category shows in French and in English, and the two differ where the languages do. */
class LabelsTest {

    @Test
    void every_category_has_distinct_labels_within_its_kind_in_both_languages() {
        assertDistinct(labels(PerpetratorCategory.values(), PerpetratorCategory::label));
        assertDistinct(labels(VerificationStatus.values(), VerificationStatus::label));
        assertDistinct(labels(DatePrecision.values(), DatePrecision::label));
        assertDistinct(labels(GraveViolation.values(), GraveViolation::label));
        assertDistinct(labels(AdminLevel.values(), AdminLevel::label));
    }

    @Test
    void perpetrator_categories_cover_state_armed_terrorist_militia_foreign_unknown_and_other() {
        assertThat(PerpetratorCategory.values()).hasSize(7);
        assertThat(PerpetratorCategory.SELF_DEFENCE_MILITIA.label().in(Locale.FRENCH)).isEqualTo("Groupes d’autodéfense et milices");
        assertThat(PerpetratorCategory.UNKNOWN.label().in(Locale.ENGLISH)).isEqualTo("Unknown");
    }

    @Test
    void a_label_without_its_french_text_is_refused() {
        assertThatThrownBy(() -> new Label("Attack", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_locale_other_than_french_reads_english() {
        assertThat(new Label("Attack", "Attaque").in(Locale.forLanguageTag("bm"))).isEqualTo("Attack");
        assertThat(new Label("Attack", "Attaque").in(Locale.CANADA_FRENCH)).isEqualTo("Attaque");
    }

    @Test
    void acled_sub_types_are_recognised_by_their_exact_acled_text() {
        assertThat(AcledSubEventType.values()).hasSize(25);
        assertThat(AcledSubEventType.fromAcledLabel("Abduction/forced disappearance"))
                .contains(AcledSubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
        assertThat(AcledSubEventType.ABDUCTION_FORCED_DISAPPEARANCE.eventType()).isEqualTo("Violence against civilians");
        assertThat(AcledSubEventType.fromAcledLabel("Massacre")).isEmpty();
    }

    private static <E> List<Label> labels(E[] values, Function<E, Label> label) {
        return Arrays.stream(values).map(label).toList();
    }

    private static void assertDistinct(List<Label> labels) {
        assertThat(labels).extracting(Label::english).doesNotHaveDuplicates();
        assertThat(labels).extracting(Label::french).doesNotHaveDuplicates();
    }
}

package org.vigie.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A recommendation listed under several themes comes out once, with all its themes. */
class RepeatedRecommendationTest {

    private static final List<String> HEADER = List.of("Recommendation", "Position", "Full list of themes",
            "Assessment/comments on level of implementation");

    private static List<String> row(String position) {
        return List.of("115.3 Abolish the death penalty (France);\nSource of position: A/HRC/38/7/Add.1", position, "", "");
    }

    private static ImportResult read(List<List<String>> rows) {
        return new ThematicListReader().read(TrackerFiles.docxTable(rows, "UPR of Mali (3rd Cycle – 29th session)"));
    }

    @Test
    void a_recommendation_under_two_headings_is_one_recommendation_with_both_themes() {
        ImportResult result = read(List.of(HEADER, List.of("Theme: A13 Death penalty"), row("Noted"),
                List.of("Theme: D21 Right to life"), row("Noted")));

        assertThat(result.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo("A/HRC/38/7#115.3");
            assertThat(r.themes()).containsExactly("Death penalty", "Right to life");
        });
    }

    @Test
    void the_same_recommendation_with_two_positions_is_an_error_on_the_later_row() {
        ImportResult result = read(List.of(HEADER, List.of("Theme: A13 Death penalty"), row("Noted"),
                List.of("Theme: D21 Right to life"), row("Supported")));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("row 5");
            assertThat(e.messageKey()).isEqualTo("tracker.import.conflicting_duplicate");
            assertThat(e.args()).containsExactly("A/HRC/38/7#115.3", "3");
        });
    }

    @Test
    void a_uhri_row_repeated_is_one_recommendation() {
        byte[] csv = UhriFiles.csvBytes(List.of(UhriFiles.HEADER, UhriFiles.upr("126.1", "Supported"),
                UhriFiles.upr("126.1", "Supported")));

        assertThat(new UhriReader().read(csv, "x.csv").recommendations()).hasSize(1);
    }
}

package org.vigie.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.tracker.recommendations.Position;
import org.vigie.tracker.recommendations.Recommendation;

/**
 * The layout of 2nd- and 3rd-cycle thematic lists, built here with POI because no sample is kept:
 * "Theme:" heading rows, themes with their old codes, "Affected persons:" lists, an assessment column.
 */
class EarlierThematicListTest {

    private static final List<String> HEADER = List.of("Recommendation", "Position", "Full list of themes",
            "Assessment/comments on level of implementation");

    private static ImportResult read(List<List<String>> rows) {
        return new ThematicListReader().read(TrackerFiles.docxTable(rows,
                "UPR of Mali (3rd Cycle – 29th session) Thematic list of recommendations"));
    }

    private static List<List<String>> mali() {
        return List.of(HEADER,
                List.of("Theme: A12 Acceptance of international norms"),
                List.of("115.1 Ratify the Second Optional Protocol to the International Covenant on Civil and "
                        + "Political Rights, aiming at the abolition of the death penalty (Montenegro);\n"
                        + "Source of position: A/HRC/38/7/Add.1", "Supported",
                        "A12 Acceptance of international norms\nA13 Death penalty\nAffected persons:\n- general",
                        ""),
                List.of("Theme: F31 Children: definition; general principles; protection"),
                List.of("115.40 Raise the minimum age of marriage to 18 years for girls and boys (Belgium) (Chile);",
                        "Noted", "Affected persons:\n- children\n- girls", "Draft law before the Assembly."));
    }

    @Test
    void each_row_under_the_header_is_a_recommendation() {
        assertThat(read(mali()).recommendations()).extracting(Recommendation::paragraph)
                .containsExactly("115.1", "115.40");
    }

    @Test
    void themes_lose_their_old_codes_and_affected_persons_are_apart() {
        Recommendation r = read(mali()).recommendations().get(0);

        assertThat(r.themes()).containsExactly("Acceptance of international norms", "Death penalty");
        assertThat(r.affectedPersons()).containsExactly("general");
        assertThat(r.sdgs()).isEmpty();
    }

    @Test
    void a_row_listing_no_theme_takes_the_theme_of_its_heading() {
        Recommendation r = read(mali()).recommendations().get(1);

        assertThat(r.themes()).containsExactly("Children: definition; general principles; protection");
        assertThat(r.affectedPersons()).containsExactly("children", "girls");
    }

    @Test
    void position_states_and_review_are_read_from_the_row_and_the_title() {
        List<Recommendation> read = read(mali()).recommendations();

        assertThat(read.get(0).position()).isEqualTo(Position.SUPPORTED);
        assertThat(read.get(0).documentSymbol()).isEqualTo("A/HRC/38/7");
        assertThat(read.get(0).reference()).isEqualTo("A/HRC/38/7#115.1");
        assertThat(read.get(0).cycle()).isEqualTo(3);
        assertThat(read.get(0).session()).isEqualTo("29");
        assertThat(read.get(1).position()).isEqualTo(Position.NOTED);
        assertThat(read.get(1).recommendingStates()).containsExactly("Belgium", "Chile");
    }

    @Test
    void a_recommendation_without_a_source_of_position_is_referenced_by_its_text() {
        Recommendation r = read(mali()).recommendations().get(1);

        assertThat(r.documentSymbol()).isNull();
        assertThat(r.reference()).startsWith("text:");
    }

    @Test
    void first_cycle_spellings_of_positions_are_understood() {
        ImportResult result = read(List.of(HEADER, List.of("98.3 Abolish the death penalty (France);",
                "Rejected", "Death penalty", "")));

        assertThat(result.recommendations().get(0).position()).isEqualTo(Position.NOTED);
    }
}

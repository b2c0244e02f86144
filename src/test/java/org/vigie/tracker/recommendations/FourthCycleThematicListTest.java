package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.tracker.imports.TrackerFiles.slovenia;
import static org.vigie.tracker.imports.TrackerFiles.sloveniaParagraph;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.tracker.imports.ImportSummary;
import org.vigie.tracker.imports.TrackerFiles;

/** OHCHR's thematic list of Slovenia's 4th-cycle review (48th session), read whole. */
class FourthCycleThematicListTest {

    @Test
    void the_slovenia_list_yields_its_254_recommendations_without_error() {
        assertThat(slovenia().errors()).isEmpty();
        assertThat(slovenia().recommendations()).hasSize(254);
    }

    @Test
    void each_recommendation_has_its_own_reference() {
        assertThat(slovenia().recommendations().stream().map(Recommendation::reference).distinct()).hasSize(254);
    }

    @Test
    void the_counts_split_217_supported_from_37_noted() {
        ImportSummary summary = slovenia().summary();

        assertThat(summary.recommendations()).isEqualTo(254);
        assertThat(summary.positions()).containsEntry("supported", 217).containsEntry("noted", 37)
                .containsEntry("supported_in_part", 0).containsEntry("pending", 0);
    }

    @Test
    void paragraph_140_7_is_read_field_by_field() {
        Recommendation r = sloveniaParagraph("140.7");

        assertThat(r.text()).isEqualTo(
                "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights");
        assertThat(r.recommendingStates()).containsExactly("Maldives", "Portugal");
        assertThat(r.position()).isEqualTo(Position.SUPPORTED);
        assertThat(r.themes()).containsExactly("Ratification of & accession to international instruments",
                "Economic, social & cultural rights - general measures of implementation");
        assertThat(r.affectedPersons()).containsExactly("Public officials");
        assertThat(r.sdgs()).extracting(Sdg::code).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(r.positionSource()).isEqualTo("A/HRC/59/15/Add.1 - Para.3");
    }

    @Test
    void the_review_is_named_by_its_report_cycle_and_session() {
        Recommendation r = sloveniaParagraph("140.7");

        assertThat(r.mechanism()).isEqualTo(SourceMechanism.UPR);
        assertThat(r.documentSymbol()).isEqualTo("A/HRC/59/15");
        assertThat(r.cycle()).isEqualTo(4);
        assertThat(r.session()).isEqualTo("48");
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.reference()).isEqualTo("A/HRC/59/15#140.7");
    }

    @Test
    void a_noted_recommendation_keeps_its_groups_of_persons_and_goals() {
        Recommendation r = sloveniaParagraph("140.229");

        assertThat(r.position()).isEqualTo(Position.NOTED);
        assertThat(r.recommendingStates()).containsExactly("Austria");
        assertThat(r.themes()).containsExactly("Members of minorities", "Cultural rights",
                "Budget & resources (for human rights implementation)");
        assertThat(r.affectedPersons()).containsExactly("Public officials",
                "Minorities/ racial, ethnic, linguistic, religious or descent-based groups");
        assertThat(r.sdgs()).extracting(Sdg::code).containsExactly("4", "16");
        assertThat(r.positionSource()).isEqualTo("A/HRC/59/15/Add.1 - Para.5");
    }

    @Test
    void paragraph_140_11_lists_three_groups_of_persons_and_one_goal() {
        Recommendation r = sloveniaParagraph("140.11");

        assertThat(r.text()).isEqualTo("Accede to the 1961 Convention on the Reduction of Statelessness, in line with "
                + "the pledge announced during the 2023 Global Refugee Forum");
        assertThat(r.recommendingStates()).containsExactly("North Macedonia");
        assertThat(r.themes()).containsExactly("Ratification of & accession to international instruments",
                "Refugees & asylum seekers");
        assertThat(r.affectedPersons()).containsExactly("Refugees & asylum seekers", "Public officials",
                "Stateless persons");
        assertThat(r.sdgs()).extracting(Sdg::code).containsExactly("10");
        assertThat(r.positionSource()).isEqualTo("A/HRC/59/15/Add.1 - Para.4");
    }

    @Test
    void a_state_whose_name_holds_parentheses_is_one_state() {
        assertThat(slovenia().recommendations()).filteredOn(r -> r.recommendingStates()
                .contains("Venezuela (Bolivarian Republic of)")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.text()).doesNotEndWith("(Venezuela"));
    }

    @Test
    void the_last_recommendation_ending_with_a_full_stop_is_read_like_the_others() {
        Recommendation r = sloveniaParagraph("140.253");

        assertThat(r.text()).startsWith("Establish a specific procedure for determining stateless status");
        assertThat(r.recommendingStates()).containsExactly("Costa Rica");
    }

    @Test
    void every_recommendation_has_a_state_a_theme_and_a_goal() {
        assertThat(slovenia().recommendations()).allSatisfy(r -> {
            assertThat(r.recommendingStates()).isNotEmpty();
            assertThat(r.themes()).isNotEmpty();
            assertThat(r.sdgs()).isNotEmpty();
        });
    }

    @Test
    void the_dry_run_json_counts_the_list() {
        Map<String, Object> json = slovenia().summary().toJson(List.of());

        assertThat(json).containsOnlyKeys("recommendations", "positions", "themes", "errors");
        assertThat(json.get("recommendations")).isEqualTo(254);
        assertThat(json.get("themes")).isEqualTo(60);
        assertThat(json.get("errors")).isEqualTo(List.of());
    }
}

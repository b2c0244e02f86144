package org.vigie.tracker.imports;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.recommendations.Position;
import org.vigie.tracker.recommendations.Recommendation;
import org.vigie.tracker.recommendations.SourceMechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counts of {@code --dry-run --format json}, and the all-or-nothing shape of a result. */
class ImportSummaryTest {

    private static Recommendation r(String paragraph, Position position, String theme) {
        return new Recommendation("Do " + paragraph, "en", SourceMechanism.UPR, 4, "48", "A/HRC/59/15", paragraph,
                List.of("Ghana"), position, List.of(theme), List.of(), List.of(), null, null);
    }

    @Test
    void a_recommendation_listed_under_two_themes_is_counted_once() {
        ImportSummary summary = ImportSummary.of(List.of(r("1.1", Position.SUPPORTED, "Torture"),
                r("1.1", Position.SUPPORTED, "Torture"), r("1.2", Position.NOTED, "Death penalty")));

        assertThat(summary.recommendations()).isEqualTo(2);
        assertThat(summary.positions()).containsEntry("supported", 1).containsEntry("noted", 1);
        assertThat(summary.themes()).isEqualTo(2);
    }

    @Test
    void the_json_lists_every_position_in_order_and_the_errors() {
        ImportIssue error = new ImportIssue(ImportIssue.Place.LINE, 3, "UPR Position", "tracker.import.unknown_position", List.of("Maybe"));

        Map<String, Object> json = ImportSummary.of(List.of()).toJson(List.of(error));

        assertThat(json.keySet()).containsExactly("recommendations", "positions", "themes", "errors");
        assertThat(json.get("positions")).hasToString("{supported=0, supported_in_part=0, noted=0, pending=0}");
        assertThat(json.get("errors")).isEqualTo(List.of(Map.of("place", "line", "line", 3, "column", "UPR Position",
                "key", "tracker.import.unknown_position", "args", List.of("Maybe"))));
    }

    @Test
    void a_failed_import_prints_no_recommendation_and_its_errors() {
        Map<String, Object> json = new UhriReader().read(new byte[0], "x.csv").toDryRunJson();

        assertThat(json).containsEntry("recommendations", 0).containsEntry("themes", 0);
        List<?> errors = (List<?>) json.get("errors");
        assertThat(errors).hasSize(1);
        assertThat(((Map<?, ?>) errors.get(0)).get("key")).isEqualTo("tracker.import.empty");
    }

    @Test
    void a_result_never_holds_both_recommendations_and_errors() {
        ImportIssue error = new ImportIssue(ImportIssue.Place.FILE, 0, null, "tracker.import.empty", List.of());

        assertThatThrownBy(() -> new ImportResult(List.of(r("1.1", Position.NOTED, "Torture")), List.of(error)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_error_converts_to_vigies_invalid_input() {
        ImportIssue error = new ImportIssue(ImportIssue.Place.ROW, 7, "Sdgs", "tracker.import.bad_sdg", List.of("19"));

        assertThat(error.toInvalidInput().field()).isEqualTo("row 7, column Sdgs");
        assertThat(error.toInvalidInput().messageKey()).isEqualTo("tracker.import.bad_sdg");
    }

    @Test
    void reading_the_same_file_twice_gives_the_same_recommendations() {
        byte[] file = TrackerFiles.resource(TrackerFiles.SLOVENIA);

        assertThat(new ThematicListReader().read(file)).isEqualTo(new ThematicListReader().read(file));
    }
}

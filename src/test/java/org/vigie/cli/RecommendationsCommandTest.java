package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie recommendations import}, with and without --dry-run. */
class RecommendationsCommandTest {
    @TempDir
    Path dir;


    private Path slovenia() throws Exception {
        Path target = dir.resolve("upr48-slovenia-thematic-list.docx");
        try (InputStream in = getClass().getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void a_dry_run_prints_the_counts_as_json_and_writes_nothing() throws Exception {
        Cli.Run r = Cli.vigie("recommendations", "import", slovenia().toString(), "--dry-run", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("recommendations").asInt()).isEqualTo(254);
        assertThat(json.get("positions").get("supported").asInt()).isEqualTo(217);
        assertThat(json.get("positions").get("noted").asInt()).isEqualTo(37);
        assertThat(json.get("themes").asInt()).isPositive();
        assertThat(json.get("errors")).isEmpty();
        assertThat(Files.exists(dir.resolve("data"))).as("no database touched").isFalse();
    }

    @Test
    void an_import_lands_once() throws Exception {
        Path file = slovenia();
        Path data = dir.resolve("data");
        Cli.migrated(data);
        Cli.Run first = Cli.vigie("recommendations", "import", file.toString(), "--data", data.toString(), "--state", "SI");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("254 added");
        assertThat(Cli.vigie("recommendations", "import", file.toString(), "--data", data.toString(), "--state", "SI").out())
                .contains("0 added, 254 already there");
    }

    @Test
    void a_list_of_another_state_is_refused_naming_both_states_and_the_option_that_confirms_it() throws Exception {
        Path data = dir.resolve("data");
        Cli.migrated(data);
        Cli.Run r = Cli.vigie("recommendations", "import", slovenia().toString(), "--data", data.toString());
        assertThat(r.status()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains("Slovenia (SI)").contains("Mali (ML)").contains("--state SI");
        assertThat(r.out()).doesNotContain("added");
    }

    @Test
    void a_state_that_is_not_two_letters_is_refused_before_reading() throws Exception {
        Cli.Run r = Cli.vigie("recommendations", "import", slovenia().toString(), "--state", "Slovenia");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--state");
    }

    @Test
    void a_bad_row_is_named_and_the_status_is_2() throws Exception {
        Path csv = Files.writeString(dir.resolve("uhri.csv"), "Text,UPR Position\n\"Ratify the Convention\",Supported\n\"Second\",Maybe\n");
        Cli.Run r = Cli.vigie("recommendations", "import", csv.toString(), "--dry-run");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("uhri.csv").doesNotContain("Exception");
    }
}

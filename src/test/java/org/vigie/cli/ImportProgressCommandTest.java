package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.support.GeneratedUhri;

/** The import commands read their file as a stream and tell their progress on stderr, never on stdout. */
class ImportProgressCommandTest {
    @TempDir
    Path dir;

    private Path uhri(int rows) throws Exception {
        return Files.write(dir.resolve("uhri-" + rows + ".csv"), GeneratedUhri.csv(rows));
    }

    @Test
    void with_progress_a_dry_run_tells_its_reading_on_stderr_and_prints_the_same_json() throws Exception {
        Path file = uhri(500);
        Cli.Run quiet = Cli.vigie("recommendations", "import", file.toString(), "--dry-run", "--format", "json");
        Cli.Run told = Cli.vigie("recommendations", "import", file.toString(), "--dry-run", "--format", "json", "--progress");
        assertThat(told.status()).as(told.err()).isZero();
        assertThat(told.out()).isEqualTo(quiet.out());
        assertThat(told.err()).contains("vigie: read 0.0 MB of").contains("vigie: done");
    }

    @Test
    void without_progress_and_without_a_terminal_nothing_is_told() throws Exception {
        Cli.Run r = Cli.vigie("recommendations", "import", uhri(20).toString(), "--dry-run", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_file_of_fifty_thousand_recommendations_is_imported_as_a_stream_telling_each_phase() throws Exception {
        Path file = uhri(50_000);
        Cli.Run r = Cli.vigie("recommendations", "import", file.toString(), "--data", Cli.migrated(dir.resolve("data")), "--progress");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Imported 50000 recommendations: 50000 added, 0 already there." + System.lineSeparator());
        assertThat(r.err()).contains("vigie: storing 50,000 rows").contains("vigie: indexing 50,000 rows for search");
    }

    @Test
    void with_progress_an_incidents_dry_run_prints_the_same_json() throws Exception {
        Path file = dir.resolve("acled.csv");
        try (InputStream in = getClass().getResourceAsStream("/observatory/acled-mali-synthetic.csv")) {
            Files.copy(in, file);
        }
        Cli.Run quiet = Cli.vigie("incidents", "import", file.toString(), "--dry-run", "--format-output", "json");
        Cli.Run told = Cli.vigie("incidents", "import", file.toString(), "--dry-run", "--format-output", "json", "--progress");
        assertThat(told.status()).as(told.err()).isZero();
        assertThat(told.out()).isEqualTo(quiet.out());
        assertThat(told.err()).contains("vigie: read").contains("vigie: done");
    }
}

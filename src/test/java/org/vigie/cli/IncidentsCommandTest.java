package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie incidents xlsform} and {@code vigie incidents import --dry-run}. */
class IncidentsCommandTest {
    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void xlsform_writes_the_workbook_of_the_incident_form() throws Exception {
        Path out = dir.resolve("vigie_incident.xlsx");

        Cli.Run r = Cli.vigie("incidents", "xlsform", "--out", out.toString());

        assertThat(r.status()).as(r.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(book.getSheet("survey")).isNotNull();
            assertThat(book.getSheet("choices")).isNotNull();
        }
    }

    @Test
    void a_dry_run_of_an_acled_export_prints_the_counts_as_json_and_writes_nothing() throws Exception {
        Path acled = copy("/observatory/acled-mali-synthetic.csv", "acled-mali.csv");

        Cli.Run r = Cli.vigie("incidents", "import", acled.toString(), "--dry-run", "--format-output", "json");

        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("incidents").asInt()).isEqualTo(6);
        assertThat(json.get("counted_victims").asInt()).isEqualTo(10);
        assertThat(json.get("warnings")).hasSize(2);
        assertThat(json.get("errors")).isEmpty();
        assertThat(Files.exists(dir.resolve("data"))).as("no database touched").isFalse();
    }

    @Test
    void a_dry_run_of_a_submission_counts_its_victims() throws Exception {
        Path xml = copy("/observatory/odk/submission.xml", "submission.xml");

        Cli.Run r = Cli.vigie("incidents", "import", xml.toString(), "--format", "odk", "--dry-run");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1 incidents, 1 victims described");
    }

    @Test
    void an_import_writes_the_incidents_once() throws Exception {
        Path acled = copy("/observatory/acled-mali-synthetic.csv", "acled-mali.csv");
        String data = Cli.migrated(dir.resolve("data"));

        Cli.Run first = Cli.vigie("incidents", "import", acled.toString(), "--data", data);
        Cli.Run again = Cli.vigie("incidents", "import", acled.toString(), "--data", data);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("Imported: 6 incidents added, 0 already there");
        assertThat(again.out()).contains("Imported: 0 incidents added, 6 already there");
    }

    @Test
    void a_refused_file_prints_each_error_with_its_line_and_column() throws Exception {
        Path bad = dir.resolve("acled-bad.csv");
        Files.writeString(bad, Files.readString(copy("/observatory/acled-mali-synthetic.csv", "a.csv")).replace(",Mopti,", ",Nowhere,"));

        Cli.Run r = Cli.vigie("incidents", "import", bad.toString(), "--dry-run");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 2, column admin1: Nowhere is not a place of the code list");
    }
}

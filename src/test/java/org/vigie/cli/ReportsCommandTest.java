package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.support.TestApp;

/** {@code vigie reports generate}: a PDF or DOCX written where asked; bad input said on stderr with status 2. */
class ReportsCommandTest {
    @TempDir
    Path dir;

    @Test
    void generate_writes_the_english_pdf_of_a_region() throws Exception {
        Path data = dir.resolve("data");
        try (App app = TestApp.create(data)) {
            // A database with its migrations, nothing recorded.
        }
        Path out = dir.resolve("report.pdf");
        Cli.Run r = Cli.vigie("reports", "generate", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "en", "--format", "pdf",
                "--region", "ML05", "--out", out.toString(), "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Report written to");
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(d)).contains("The human rights situation in Mali").contains("Mopti");
        }
    }

    @Test
    void a_bad_date_region_or_format_is_refused_with_status_2_before_any_database_is_opened() {
        String data = dir.resolve("data").toString();
        Cli.Run date = Cli.vigie("reports", "generate", "--from", "2025-13-01", "--to", "2025-12-31", "--format", "pdf",
                "--out", dir.resolve("r.pdf").toString(), "--data", data);
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).contains("--from").contains("YYYY-MM-DD");
        Cli.Run region = Cli.vigie("reports", "generate", "--from", "2025-01-01", "--to", "2025-12-31", "--region", "ML0501",
                "--format", "pdf", "--out", dir.resolve("r.pdf").toString(), "--data", data);
        assertThat(region.status()).isEqualTo(2);
        assertThat(region.err()).contains("--region");
        Cli.Run format = Cli.vigie("reports", "generate", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "odt",
                "--out", dir.resolve("r.odt").toString(), "--data", data);
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }
}

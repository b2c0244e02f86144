package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One entry point reads thematic lists and UHRI exports, from bytes or from a stream. */
class RecommendationImporterTest {

    private final RecommendationImporter importer = new RecommendationImporter();

    @Test
    void a_docx_is_read_as_a_thematic_list() {
        ImportResult result = importer.read(TrackerFiles.resource(TrackerFiles.SLOVENIA), "slovenia.docx");

        assertThat(result.recommendations()).hasSize(254);
    }

    @Test
    void a_word_file_without_an_extension_is_told_by_its_contents() {
        ImportResult result = importer.read(new ByteArrayInputStream(TrackerFiles.resource(TrackerFiles.SLOVENIA)),
                "upload");

        assertThat(result.recommendations()).hasSize(254);
    }

    @Test
    void a_workbook_without_an_extension_is_read_as_a_uhri_export() {
        byte[] book = UhriFiles.xlsx(List.of(UhriFiles.HEADER, UhriFiles.upr("126.1", "Noted")));

        assertThat(importer.read(book, "upload").recommendations()).hasSize(1);
    }

    @Test
    void a_csv_is_read_as_a_uhri_export() {
        byte[] csv = UhriFiles.csvBytes(List.of(UhriFiles.HEADER, UhriFiles.upr("126.1", "Noted")));

        assertThat(importer.read(csv, "export.csv").recommendations()).hasSize(1);
    }

    @Test
    void a_stream_that_fails_is_an_unreadable_file() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThat(importer.read(broken, "x.csv").errors()).extracting(ImportIssue::messageKey)
                .containsExactly("tracker.import.unreadable");
    }
}

package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.tracker.imports.UhriFiles.HEADER;
import static org.vigie.tracker.imports.UhriFiles.treatyBody;
import static org.vigie.tracker.imports.UhriFiles.upr;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A UHRI .csv read from a stream, as the web form and the API give it: decoded and parsed as it comes. */
class UhriCsvStreamTest {
    private final RecommendationImporter importer = new RecommendationImporter();

    @Test
    void reading_a_stream_gives_what_reading_the_same_bytes_gives() {
        byte[] csv = UhriFiles.csvBytes(List.of(HEADER, upr("126.1", "Supported"), upr("126.2", "Noted"), treatyBody()));

        ImportResult streamed = importer.read(new ByteArrayInputStream(csv), "uhri.csv");

        assertThat(streamed.errors()).isEmpty();
        assertThat(streamed.recommendations()).isEqualTo(importer.read(csv, "uhri.csv").recommendations()).hasSize(3);
    }

    @Test
    void a_stream_without_a_known_extension_and_not_a_zip_is_read_as_a_csv() {
        byte[] csv = UhriFiles.csvBytes(List.of(HEADER, upr("126.1", "Supported")));

        assertThat(importer.read(new ByteArrayInputStream(csv), "export").recommendations()).hasSize(1);
    }

    @Test
    void bytes_that_are_not_utf8_in_a_stream_are_refused() {
        byte[] csv = UhriFiles.csvBytes(List.of(HEADER, upr("126.1", "Supported")));
        csv[csv.length - 5] = (byte) 0xFF;

        assertThat(importer.read(new ByteArrayInputStream(csv), "uhri.csv").errors()).extracting(ImportIssue::messageKey)
                .containsExactly("tracker.import.not_utf8");
    }

    @Test
    void an_empty_stream_is_refused_as_empty() {
        assertThat(importer.read(new ByteArrayInputStream(new byte[0]), "uhri.csv").errors()).extracting(ImportIssue::messageKey)
                .containsExactly("tracker.import.empty");
    }
}

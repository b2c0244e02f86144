package org.vigie.observatory.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference files Vigie ships are the shared originals unchanged; corrections live in code. */
class ReferenceCopiesTest {

    private static final Path SHARED = Path.of("../shared/data");

    @ParameterizedTest
    @CsvSource({
        "geo/mali-adm1-pcodes.csv, /reference/geo/mali-adm1-pcodes.csv",
        "geo/mali-adm2-pcodes.csv, /reference/geo/mali-adm2-pcodes.csv",
        "geo/mali-adm3-pcodes.csv, /reference/geo/mali-adm3-pcodes.csv",
        "vocabularies/huridocs-esf-microthesauri.csv, /reference/vocabularies/huridocs-esf-microthesauri.csv"
    })
    void the_shipped_copy_equals_the_shared_original(String original, String resource) throws IOException {
        Path file = SHARED.resolve(original);
        assumeTrue(Files.exists(file), "shared data absent (" + file.toAbsolutePath() + "): nothing to compare with");
        assertThat(ReferenceCsv.resource(resource)).isEqualTo(Files.readString(file));
    }
}

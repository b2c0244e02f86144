package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationIndexTest {
    @Test
    void the_latest_migration_constant_names_the_newest_migration_file() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            String newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).max(String::compareTo).orElseThrow();
            assertThat(Database.LATEST_MIGRATION).as("raise Database.LATEST_MIGRATION with each new migration").isEqualTo(newest);
        }
    }
}

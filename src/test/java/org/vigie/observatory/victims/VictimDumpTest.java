package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;

/**
 * A copy of the data directory (the embedded cluster's files, its write-ahead log and its log, the
 * search index, the keys folder) and what Vigie logs hold no victim's name in clear.
 */
class VictimDumpTest {
    @TempDir
    Path dir;

    @Test
    void no_file_of_the_data_directory_nor_the_log_holds_a_victims_name_in_clear() throws Exception {
        String name = "Zoubeïda Quenum-" + UUID.randomUUID().toString().substring(0, 8);
        String document = "ML-DOC-" + UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (App app = TestApp.start(dir)) {
            Principal monitor = TestApp.account(app, "dump-monitor", Role.MONITOR).principal();
            long incident = TestIncidents.insert(app, "dump-monitor", false, "killing");
            Victim v = app.victims().record(incident, new VictimDraft(Sex.FEMALE, 22, null, Set.of(VictimCategory.CIVILIAN), List.of(0),
                    new Identity(name, null, "+223 76 12 34 56", document, "lives near the market"), VictimRecordTest.documentation()),
                    monitor, "127.0.0.1");
            assertThat(app.victims().identity(incident, v.id(), monitor, "127.0.0.1", "dump test")).isPresent();
            org.vigie.db.Roles.superuser(app).useHandle(h -> h.execute("CHECKPOINT"));
        } finally {
            System.setErr(err);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(name).doesNotContain(document);
        List<Path> files = files(dir);
        assertThat(files).anySatisfy(f -> assertThat(f.toString()).contains("pg_wal"));
        assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("postgres.log"));
        // The scan sees what is stored in clear: the recorder's name, written beside the victim.
        assertThat(files).anySatisfy(f -> assertThat(contains(Files.readAllBytes(f), "dump-monitor".getBytes(StandardCharsets.UTF_8))).isTrue());
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(contains(bytes, name.getBytes(StandardCharsets.UTF_8))).as(f.toString()).isFalse();
            assertThat(contains(bytes, document.getBytes(StandardCharsets.UTF_8))).as(f.toString()).isFalse();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

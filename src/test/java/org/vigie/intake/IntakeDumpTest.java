package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * After a phone sent an encrypted record, no file of the data directory (the cluster's files, its write-ahead
 * log and log, the search index, the keys) and nothing Vigie logged holds the victim's name or contact in clear.
 */
class IntakeDumpTest {
    @TempDir
    Path dir;
    @TempDir
    Path media;

    @Test
    void an_identity_sent_from_a_phone_is_in_clear_nowhere_in_the_data_directory_nor_the_log() throws Exception {
        String name = "Zeinabou Haïdara-" + UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (App app = TestApp.start(dir.resolve("data"))) {
            TestApp.account(app, "dump-admin", Role.ADMINISTRATOR);
            TestApp.account(app, "dump-monitor", Role.MONITOR);
            var enrolled = app.fieldDevices().enrol(app.accounts().byUsername("dump-admin").orElseThrow().principal(), "127.0.0.1",
                    "dump-monitor", "Ségou 1");
            CollectPhone phone = new CollectPhone(TestApp.base(app) + "/odk/key/" + enrolled.token());
            CollectPhone.Form form = phone.download();
            CollectPhone.saveMedia(form, media);
            JavaRosaForm engine = new JavaRosaForm(form.xml(), media, "Français (fr)");
            byte[] xml = new MonitorRecord(name, "Attaque d’un village", false).fill(engine);
            CollectPhone.Encrypted e = CollectPhone.encrypt(form, engine.instanceId(), xml, Map.of());

            assertThat(phone.submit(e.manifest(), e.files()).statusCode()).isEqualTo(201);
            long incident = app.observatory().idOf(Origin.ODK, engine.instanceId()).orElseThrow();
            assertThat(incident).isPositive();
            org.vigie.db.Roles.superuser(app).useHandle(h -> h.execute("CHECKPOINT"));
        } finally {
            System.setErr(err);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(name).doesNotContain("+223 76 00 11 22");
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anySatisfy(f -> assertThat(f.toString()).contains("pg_wal"));
        // The scan sees what is stored in clear: the incident's title, written beside the victims.
        assertThat(files).anySatisfy(f -> assertThat(contains(read(f), "Attaque d’un village")).isTrue());
        for (Path f : files) {
            byte[] bytes = read(f);
            assertThat(contains(bytes, name)).as(f.toString()).isFalse();
            assertThat(contains(bytes, "+223 76 00 11 22")).as(f.toString()).isFalse();
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
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

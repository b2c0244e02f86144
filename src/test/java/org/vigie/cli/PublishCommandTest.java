package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.SigningKey;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.support.TestApp;

/** {@code vigie publish}: a snapshot now, the portal written to a folder, and a copy of it checked. */
class PublishCommandTest {
    @TempDir
    Path dir;

    @Test
    void publish_writes_a_portal_that_verifies_and_a_tampered_copy_is_named_file_by_file() throws Exception {
        Path data = dir.resolve("data");
        try (App app = TestApp.create(data)) {
            StatisticsFixture.insertObservatory(app);
        }
        Path site = dir.resolve("site");
        Cli.Run made = Cli.vigie("publish", "--out", site.toString(), "--data", data.toString());
        assertThat(made.status()).as(made.err()).isZero();
        assertThat(made.out()).contains("Published snapshot").contains("Portal written to");
        assertThat(site.resolve("fr/index.html")).exists();
        assertThat(site.resolve("en/statistics-2025.html")).exists();
        assertThat(site.resolve("manifest.json")).exists();

        Cli.Run again = Cli.vigie("publish", "--data", data.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("Nothing changed");

        Cli.Run ok = Cli.vigie("publish", "--verify", site.toString(), "--data", data.toString());
        assertThat(ok.status()).as(ok.out() + ok.err()).isZero();

        Files.writeString(site.resolve("data/2025/victims.by_sex.csv"), "year,sex,count\r\n2025,female,1\r\n");
        Files.writeString(site.resolve("en/extra.html"), "<p>added</p>");
        Cli.Run tampered = Cli.vigie("publish", "--verify", site.toString(), "--data", data.toString());
        assertThat(tampered.status()).isEqualTo(1);
        assertThat(tampered.out()).contains("changed: data/2025/victims.by_sex.csv").contains("not in the manifest: en/extra.html");

        // A reader with no access to the data directory checks a copy against the public key alone.
        Files.delete(site.resolve("en/extra.html"));
        Path other = dir.resolve("other-keys");
        SigningKey.load(other, "someone-else");
        Cli.Run wrongKey = Cli.vigie("publish", "--verify", site.toString(), "--key", other.resolve("someone-else.pub.json").toString());
        assertThat(wrongKey.status()).isEqualTo(1);
        assertThat(wrongKey.out()).contains("signature");
    }

    @Test
    void a_folder_that_is_not_empty_or_missing_is_refused_with_status_2() throws Exception {
        Path data = dir.resolve("data");
        try (App app = TestApp.create(data)) {
            // A database with its migrations, nothing recorded.
        }
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("index.html"), "<p>someone's site</p>");
        Cli.Run busy = Cli.vigie("publish", "--out", full.toString(), "--data", data.toString());
        assertThat(busy.status()).isEqualTo(2);
        assertThat(busy.err()).contains("--out").contains("not an empty folder");
        assertThat(Files.readString(full.resolve("index.html"))).isEqualTo("<p>someone's site</p>");
        Cli.Run missing = Cli.vigie("publish", "--verify", dir.resolve("nowhere").toString(), "--data", data.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--verify");
    }
}

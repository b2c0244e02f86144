package org.vigie.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * The data directory on a small file system of its own (a tmpfs the test mounts, so it runs as root, as CI
 * does; skipped with a message otherwise), filled up under a running Vigie: uploads are refused first, then
 * records, each with a message saying why; reads, logins and /health go on, administrators see a banner; when
 * space returns writes are taken again by themselves, and no acknowledged write is lost.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DiskFullTest {
    private static final long MB = 1024 * 1024;
    private static final long RESERVE = 60 * MB;

    @TempDir
    Path dir;

    @Test
    void a_filling_disk_refuses_uploads_then_records_and_recovers_when_space_returns() throws Exception {
        Path disk = dir.resolve("disk");
        Files.createDirectories(disk);
        mountSmallDisk(disk);
        try {
            Config config = Config.of(disk.resolve("data"), "localhost", 0, false, Map.of()).withDiskReserve(RESERVE);
            try (App app = App.create(config).start()) {
                exercise(app, disk);
            }
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    private void exercise(App app, Path disk) throws Exception {
        TestApp.account(app, "admin", Role.ADMINISTRATOR);
        var monitor = TestApp.account(app, "monitor", Role.MONITOR);
        ApiClient api = new ApiClient(TestApp.base(app), app.authentication().createToken(monitor.principal(), "t", "127.0.0.1").value());
        List<Long> acknowledged = new ArrayList<>();
        record(api, acknowledged, 201);

        fillUntilFree(disk.resolve("filler-1"), disk, RESERVE * 3 / 2);
        record(api, acknowledged, 201);
        var upload = api.postMultipart("/api/v1/incidents");
        assertThat(upload.statusCode()).as("uploads are refused first").isEqualTo(507);

        fillUntilFree(disk.resolve("filler-2"), disk, RESERVE / 2);
        var refused = api.post("/api/v1/incidents", incident());
        assertThat(refused.statusCode()).isEqualTo(507);
        assertThat(refused.body()).contains("disk_full").contains("Rien de ce que vous aviez enregistré n’est perdu");
        assertThat(api.get("/api/v1/incidents?limit=5").statusCode()).as("reads go on").isEqualTo(200);
        WebClient admin = new WebClient(TestApp.base(app));
        assertThat(admin.login("admin", TestApp.PASSWORD).statusCode()).as("logins go on").isEqualTo(302);
        assertThat(admin.get("/").body()).as("administrators see it on every page").contains("disk-banner");
        var health = api.get("/health");
        assertThat(health.body()).contains("disk: ").contains("MB free");

        Files.delete(disk.resolve("filler-2"));
        Files.delete(disk.resolve("filler-1"));
        Thread.sleep(1100);
        record(api, acknowledged, 201);
        Long stored = app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM incident WHERE id = ANY(:ids)")
                .bind("ids", acknowledged.toArray(Long[]::new)).mapTo(Long.class).one());
        assertThat(stored).isEqualTo(acknowledged.size());
    }

    private static void record(ApiClient api, List<Long> acknowledged, int expected) {
        var r = api.post("/api/v1/incidents", incident());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
        acknowledged.add(Long.parseLong(r.body().replaceAll(".*\"id\":(\\d+).*", "$1")));
    }

    private static String incident() {
        return "{\"date_start\": \"2024-11-01\", \"pcode\": \"ML0502\", \"title\": \"disque\", \"description_fr\": \"x\", "
                + "\"acts\": [{\"act_type\": \"03010400000004\", \"perpetrators\": [{\"category\": \"unknown\"}]}], "
                + "\"sources\": [{\"description\": \"Radio\", \"kind\": \"18010409150116\"}]}";
    }

    /** Writes zeros to {@code file} until the disk has about {@code free} bytes left; waits out the watch's sampling. */
    private static void fillUntilFree(Path file, Path disk, long free) throws IOException, InterruptedException {
        long toWrite = Files.getFileStore(disk).getUsableSpace() - free;
        byte[] chunk = new byte[(int) MB];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < toWrite; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, toWrite - written));
            }
        }
        Thread.sleep(1100);
    }

    private static void mountSmallDisk(Path disk) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(root, "skipped: mounting the small tmpfs this test fills needs root (CI runs as root)");
        int status = run("mount", "-t", "tmpfs", "-o", "size=300m", "tmpfs", disk.toString());
        Assumptions.assumeTrue(status == 0, "skipped: mount -t tmpfs failed (status " + status + "): no CAP_SYS_ADMIN here");
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}

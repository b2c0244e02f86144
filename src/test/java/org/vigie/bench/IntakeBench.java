package org.vigie.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.config.Config;
import org.vigie.intake.CollectPhone;
import org.vigie.intake.JavaRosaForm;
import org.vigie.intake.MonitorRecord;
import org.vigie.security.Role;

/**
 * Field intake, run by {@code bench/intake}: an encrypted submission from a phone (two victims, one named, and
 * a 2 MB photo) posted to {@code /odk/key/TOKEN/submission}, beside the same record posted in clear to
 * {@code POST /api/v1/incidents} (no photo: the API takes evidence apart). Records are filled once in JavaRosa
 * and encrypted before the clock starts, each with its own instanceID, so the time is the server's: reading the
 * multipart body, decrypting, checking the signature, storing the incident, its victims and the photo.
 * Not a test. Options: {@code --runs N} (default 40), {@code --warmup N} (default 100), {@code --record docs/benchmarks.md}.
 * Beside the wall clock, the process's CPU time per request, less sensitive to other work on a shared machine.
 */
public final class IntakeBench {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private IntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        ScaleOptions options = ScaleOptions.parse(args, Map.of("runs", 40, "warmup", 100));
        int runs = options.count("runs");
        int warmup = options.count("warmup");
        String loadBefore = Machine.currentLoadAverage();
        Machine machine = Machine.describe();
        Path dir = Files.createTempDirectory("vigie-intakebench");
        Timings t = new Timings("intakebench", runs);
        try (App app = App.create(Config.of(dir.resolve("data"), "localhost", 0, false, Map.of())).start()) {
            String base = "http://localhost:" + app.port();
            var admin = app.accounts().create("bench", "127.0.0.1", new NewAccount(new Username("bench-admin"), "bench", Role.ADMINISTRATOR,
                    null, "correct-horse-battery"));
            app.accounts().create("bench", "127.0.0.1", new NewAccount(new Username("bench-monitor"), "bench", Role.MONITOR, null,
                    "correct-horse-battery"));
            String token = app.fieldDevices().enrol(admin.principal(), "127.0.0.1", "bench-monitor", "bench").token();
            CollectPhone phone = new CollectPhone(base + "/odk/key/" + token);
            CollectPhone.Form form = phone.download();
            Path media = Files.createDirectories(dir.resolve("media"));
            CollectPhone.saveMedia(form, media);
            JavaRosaForm engine = new JavaRosaForm(form.xml(), media, "Français (fr)");
            String xml = new String(new MonitorRecord("Fatoumata Maïga", "Attaque du marché", true).fill(engine), StandardCharsets.UTF_8);
            byte[] photo = photo(2 * 1024 * 1024);
            Deque<CollectPhone.Encrypted> ready = new ArrayDeque<>();
            for (int i = 0; i < runs + warmup; i++) {
                String id = "uuid:" + UUID.randomUUID();
                ready.add(CollectPhone.encrypt(form, id, xml.replace(engine.instanceId(), id).getBytes(StandardCharsets.UTF_8),
                        Map.of("photo.jpg", photo)));
            }
            List<Long> intakeCpu = new ArrayList<>();
            t.measure("Encrypted submission: two victims and a 2 MB photo, decrypted and stored (201)", 100, "baseline", warmup,
                    () -> cpu(intakeCpu, () -> {
                        CollectPhone.Encrypted e = ready.pop();
                        try {
                            return phone.submit(e.manifest(), e.files()).statusCode();
                        } catch (Exception ex) {
                            throw new IllegalStateException(ex);
                        }
                    }));
            String apiToken = app.authentication().createToken(admin.principal(), "bench", "127.0.0.1").value();
            List<Long> baselineCpu = new ArrayList<>();
            t.measure("Baseline: the same record in clear to POST /api/v1/incidents (no photo)", 0, "baseline", warmup,
                    () -> cpu(baselineCpu, () -> postJson(base + "/api/v1/incidents", apiToken, record())));
            t.row(cpuRow("Java CPU time per encrypted submission (server and client threads of this process; PostgreSQL apart)",
                    intakeCpu, warmup));
            t.row(cpuRow("Java CPU time per baseline request (same)", baselineCpu, warmup));
            String markdown = report(t, machine, loadBefore, runs, warmup);
            System.out.print(markdown);
            if (options.record() != null) {
                Timings.record(options.record(), "intake", markdown);
            }
        } finally {
            Timings.delete(dir);
        }
    }

    /**
     * The process's CPU time the call took: less sensitive than the wall clock to other work on a shared machine,
     * which the wall clock counts as waiting. It counts this process's threads only (the HTTP client's too, small
     * beside the server's work: the record is encrypted before), not PostgreSQL's processes.
     */
    private static long cpu(List<Long> into, LongSupplier work) {
        long before = PROCESS.getProcessCpuTime();
        long result = work.getAsLong();
        into.add(PROCESS.getProcessCpuTime() - before);
        return result;
    }

    private static String cpuRow(String what, List<Long> all, int warmup) {
        List<Long> timed = new ArrayList<>(all.subList(warmup, all.size()));
        Collections.sort(timed);
        return String.format(Locale.ROOT, "| %s | | %.1f ms | %.1f ms | measure |", what, timed.get(timed.size() / 2) / 1e6,
                timed.get((int) Math.ceil(timed.size() * 0.95) - 1) / 1e6);
    }

    static byte[] photo(int size) {
        byte[] b = new byte[size];
        new Random(7).nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        return b;
    }

    private static String record() {
        return """
                {"date_start": "2026-11-30", "pcode": "ML050218", "title": "Attaque du marché", "description_fr": "Des hommes armés ont attaqué le marché.",
                 "acts": [{"act_type": "01010101000004", "perpetrators": [{"category": "armed_groups"}]}],
                 "victims": [{"sex": "female", "age": 22, "acts": [0], "full_name": "Fatoumata Maïga", "contact": "+223 76 00 11 22",
                              "consent": ["documentation"], "consent_given_on": "2026-11-30", "consent_given_by": "victim"},
                             {"sex": "male", "age_group": "adult_18_59", "acts": [0]}]}""";
    }

    private static long postJson(String url, String token, String json) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return r.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String report(Timings t, Machine m, String loadBefore, int runs, int warmup) throws java.io.IOException {
        StringBuilder s = new StringBuilder();
        s.append("Measured ").append(m.date()).append(" with `bench/intake`.\n\n");
        s.append("- Machine: ").append(m.processors()).append(" processors (").append(m.cpu()).append("), ").append(m.memoryMib())
                .append(" MiB memory, ").append(m.java()).append(".\n");
        s.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(Machine.currentLoadAverage())
                .append(". The machine is shared: other work competes for the same processors.\n");
        s.append(String.format(Locale.ROOT, "- Over HTTP on localhost, each record encrypted before the clock starts. %d runs after %d of "
                + "warm-up (a fresh server's first large files are slower while HotSpot compiles the decryption and the "
                + "evidence's encryption).%n%n", runs, warmup));
        s.append("| Measure | HTTP status | Median | p95 | Goal |\n|---|---:|---:|---:|---|\n");
        t.rows().forEach(r -> s.append(r).append('\n'));
        return s.toString();
    }
}

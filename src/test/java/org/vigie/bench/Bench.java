package org.vigie.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Vigie's benchmarks, run by {@code bench/run} against the packaged jar: start time cold and warm,
 * memory at idle, weight of the home page and requests per second beside a bare Javalin. Everything
 * stays on loopback. Not a test: figures depend on the machine, so nothing here passes or fails.
 */
public final class Bench {
    private static final String BEGIN = "<!-- bench:results:begin -->";
    private static final String END = "<!-- bench:results:end -->";

    private final BenchOptions options;
    private final Path work;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private Bench(BenchOptions options, Path work) {
        this.options = options;
        this.work = work;
        this.log = options.out().resolveSibling("servers.log");
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException(options.jar() + " is missing: run ./mvnw -B -DskipTests package first");
        }
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Path work = Files.createTempDirectory("vigie-bench");
        try {
            String markdown = Report.markdown(new Bench(options, work).measure());
            Files.writeString(options.out(), markdown, StandardCharsets.UTF_8);
            System.out.print(markdown);
            if (options.record() != null) {
                record(options.record(), markdown);
                System.out.println("Recorded in " + options.record());
            }
        } finally {
            try {
                deleteTree(work);
            } catch (IOException e) {
                // after a failure a server may still be writing there; the failure matters more than the leftovers
                System.err.println("bench: could not remove " + work + ": " + e);
            }
        }
    }

    private Report.Figures measure() throws IOException, InterruptedException {
        Machine machine = Machine.describe();
        List<Duration> jvmOnly = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            jvmOnly.add(versionCommand());
        }
        List<Duration> cold = new ArrayList<>();
        List<Duration> warm = new ArrayList<>();
        List<Duration> stops = new ArrayList<>();
        List<ProcessMemory.Sample> coldMemory = new ArrayList<>();
        List<ProcessMemory.Sample> warmMemory = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            Path data = work.resolve("data-" + run);
            progress("run " + run + "/" + options.runs() + ": cold start");
            try (VigieProcess vigie = VigieProcess.start(options.jar(), options.javaOptions(), data, log, http)) {
                cold.add(vigie.startup());
                coldMemory.add(idleMemory(vigie));
                stops.add(vigie.stop());
            }
            progress("run " + run + "/" + options.runs() + ": warm start");
            try (VigieProcess vigie = VigieProcess.start(options.jar(), options.javaOptions(), data, log, http)) {
                warm.add(vigie.startup());
                warmMemory.add(idleMemory(vigie));
                stops.add(vigie.stop());
            }
        }
        progress("page weight and throughput");
        try (VigieProcess vigie = VigieProcess.start(options.jar(), options.javaOptions(), work.resolve("data-1"), log, http)) {
            List<PageWeight.Resource> page = PageWeight.homePage(http, vigie.base());
            List<LoadLoop.Result> throughput = throughput(vigie);
            ProcessMemory.Sample afterLoad = memory(vigie);
            return new Report.Figures(machine, options, Files.size(options.jar()), jvmOnly, cold, warm, stops, coldMemory, warmMemory,
                    page, throughput, afterLoad, Machine.currentLoadAverage());
        }
    }

    /** The floor under any start: the JVM loading the jar and the command line printing the version. */
    private Duration versionCommand() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.javaOptions());
        command.addAll(List.of("-jar", options.jar().toString(), "--version"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (p.waitFor() != 0) {
            throw new IOException("vigie --version failed; see " + log);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private ProcessMemory.Sample idleMemory(VigieProcess vigie) throws IOException, InterruptedException {
        Thread.sleep(options.idle().toMillis());
        return memory(vigie);
    }

    private static ProcessMemory.Sample memory(VigieProcess vigie) throws IOException {
        return ProcessMemory.of(ProcessMemory.withDescendants(vigie.pid(), vigie.postmasterPid()));
    }

    private List<LoadLoop.Result> throughput(VigieProcess vigie) throws IOException, InterruptedException {
        int port = FreePort.find();
        Process bare = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BareServer.class.getName(), String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            URI bareUri = URI.create("http://127.0.0.1:" + port + "/");
            awaitOk(bare, bareUri);
            List<LoadLoop.Result> results = new ArrayList<>();
            // Two rounds, interleaved, so that a burst of other work on a shared machine shows as a gap between rounds.
            for (int round = 1; round <= 2; round++) {
                results.add(load("Vigie `GET /health` (pings the database)", URI.create(vigie.base() + "/health")));
                results.add(load("Vigie `GET /` (home page, anonymous, rendered)", URI.create(vigie.base() + "/")));
                results.add(load("Bare Javalin `GET /` answering `ok`", bareUri));
            }
            return results;
        } finally {
            bare.destroy();
            bare.waitFor();
        }
    }

    private LoadLoop.Result load(String label, URI uri) throws InterruptedException {
        progress("load: " + uri);
        return LoadLoop.run(label, uri, options.threads(), options.warmUp(), options.load());
    }

    private void awaitOk(Process p, URI uri) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IOException("the bare Javalin server did not answer on " + uri + "; see " + log);
    }

    /** Replaces the text between the results markers of {@code file}, leaving the rest as written by hand. */
    private static void record(Path file, String markdown) throws IOException {
        String doc = Files.readString(file, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException(file + " has no " + BEGIN + " ... " + END + " section to replace");
        }
        Files.writeString(file, doc.substring(0, begin + BEGIN.length()) + "\n" + markdown + doc.substring(end), StandardCharsets.UTF_8);
    }

    private static void progress(String what) {
        System.err.println("bench: " + what);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

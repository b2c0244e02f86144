package org.vigie.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Vigie started from its packaged jar in a process of its own, as an operator runs it
 * ({@code java -jar vigie.jar serve}), listening on loopback only.
 */
final class VigieProcess implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    private final Process process;
    private final Path data;
    private final String base;
    private final Duration startup;

    private VigieProcess(Process process, Path data, String base, Duration startup) {
        this.process = process;
        this.data = data;
        this.base = base;
        this.startup = startup;
    }

    /** Starts Vigie on {@code data}, with {@code javaOptions} for its JVM, and returns once GET /health answers 200; the clock runs from the spawn. */
    static VigieProcess start(Path jar, List<String> javaOptions, Path data, Path log, HttpClient http)
            throws IOException, InterruptedException {
        int port = FreePort.find();
        String base = "http://127.0.0.1:" + port;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--data", data.toString(), "--host", "127.0.0.1",
                "--port", String.valueOf(port)));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        VigieProcess started = new VigieProcess(p, data, base, null);
        try {
            return new VigieProcess(p, data, base, awaitHealth(p, URI.create(base + "/health"), http, t0, log));
        } catch (IOException | InterruptedException | RuntimeException e) {
            started.kill();
            throw e;
        }
    }

    /** Ends Vigie and whatever it started (initdb, PostgreSQL), so a failed run leaves nothing behind. */
    private void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        children.forEach(ProcessHandle::destroy);
        try {
            ProcessHandle.of(postmasterPid())
                    .filter(h -> h.info().commandLine().map(c -> c.contains(data.toString())).orElse(false))
                    .ifPresent(ProcessHandle::destroy);
        } catch (IOException | RuntimeException noPostmaster) {
            // PostgreSQL had not started: nothing more to stop
        }
    }

    private static Duration awaitHealth(Process p, URI health, HttpClient http, long t0, Path log)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - t0 < START_LIMIT.toNanos()) {
            if (!p.isAlive()) {
                throw new IOException("vigie exited with status " + p.exitValue() + " before answering; see " + log);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - t0);
                }
            } catch (IOException notListeningYet) {
                // the port opens only once the database is up and migrated
            }
            Thread.sleep(10);
        }
        throw new IOException("vigie did not answer /health within " + START_LIMIT + "; see " + log);
    }

    Duration startup() {
        return startup;
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** The embedded PostgreSQL's postmaster, from the pid file PostgreSQL keeps in the cluster. */
    long postmasterPid() throws IOException {
        Path pidFile = data.resolve("postgres").resolve("pgdata").resolve("postmaster.pid");
        return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    }

    /** Asks Vigie to stop (SIGTERM, as a service manager would) and waits until it has stopped its database. */
    Duration stop() throws InterruptedException, IOException {
        long t0 = System.nanoTime();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("vigie did not stop within 60 s of SIGTERM");
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            stop();
        }
    }
}

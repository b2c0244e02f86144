package org.vigie.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Vigie node run as a process of its own ({@code vigie serve}, the test JVM's classpath), so that a test can kill
 * it as a machine's failure would: SIGKILL, no shutdown hook, its connections to PostgreSQL dropped by the system.
 * Its output goes to {@code node.log} in its data directory.
 */
public final class NodeProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path dataDir;

    private NodeProcess(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts {@code vigie serve} on {@code dataDir} with {@code env} added, and waits until its {@code /health} answers. */
    static NodeProcess start(Path dataDir, Map<String, String> env) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder b = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.vigie.cli.Main",
                "serve", "--data", dataDir.toString(), "--port", Integer.toString(port)));
        b.environment().putAll(env);
        b.redirectErrorStream(true).redirectOutput(dataDir.resolve("node.log").toFile());
        NodeProcess node = new NodeProcess(b.start(), port, dataDir);
        try {
            node.awaitHealthy();
        } catch (IOException | RuntimeException e) {
            node.kill();
            throw e;
        }
        return node;
    }

    private void awaitHealthy() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IOException("the node process ended with status " + process.exitValue() + "; see " + dataDir.resolve("node.log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("the node process did not answer /health within 180 s; see " + dataDir.resolve("node.log"));
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the node ends at once, as on a power cut (on Unix, {@link Process#destroyForcibly} sends SIGKILL). */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}

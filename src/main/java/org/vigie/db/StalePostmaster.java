package org.vigie.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a postgres server left running on a cluster by a Vigie that was killed (SIGKILL, power
 * loss of the JVM only). The caller must hold the data directory's lock first, so that any server
 * found on the cluster is known to belong to no live Vigie.
 */
final class StalePostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration SMART_WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path cluster) throws IOException {
        Optional<ProcessHandle> stale = find(cluster);
        if (stale.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = stale.get();
        LOG.warn("A postgres server (pid {}) from an earlier run still holds {}: stopping it", postmaster.pid(), cluster);
        // SIGTERM is PostgreSQL's "smart" shutdown: the killed Vigie's connections are already gone,
        // so it checkpoints and exits promptly, and nothing committed is lost either way.
        postmaster.destroy();
        if (!waitForExit(postmaster, SMART_WAIT)) {
            LOG.warn("postgres pid {} did not stop in {}s: killing it; WAL recovery will run at start",
                    postmaster.pid(), SMART_WAIT.toSeconds());
            postmaster.destroyForcibly();
            waitForExit(postmaster, Duration.ofSeconds(10));
        }
    }

    /** The live postmaster named by the cluster's {@code postmaster.pid}, if it is really postgres. */
    static Optional<ProcessHandle> find(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static boolean waitForExit(ProcessHandle p, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (p.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !p.isAlive();
            }
        }
        return !p.isAlive();
    }
}

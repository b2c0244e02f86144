package org.vigie.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When to write a signed checkpoint, and writing it: every {@value #EVERY_ENTRIES} entries, every
 * ten minutes when there are new entries (the server's schedule, which one node of many runs per period:
 * {@link AuditStore#CHECKPOINT_EVERY}), and when Vigie stops. A checkpoint is written only after
 * the entries since the previous one verify, so that it never vouches for a chain already rewritten;
 * it is written after the entries' transactions commit, on a background thread, so that an entry
 * rolled back is never anchored and no request waits for the disk.
 */
final class AuditCheckpoints implements AutoCloseable {
    static final int EVERY_ENTRIES = 1000;
    static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);

    /** The checkpoints whose signature holds, by the entry they cover, or the first line that does not. */
    record Signed(NavigableMap<Long, Checkpoint> bySeq, String problem) {
    }

    private final CheckpointLog log;
    private final CheckpointSigner signer;
    private final CheckpointSink sink;
    private final Clock clock;
    private final ScheduledExecutorService background;
    private Checkpoint latest;

    AuditCheckpoints(CheckpointLog log, CheckpointSigner signer, CheckpointSink sink, Clock clock) {
        this.log = log;
        this.signer = signer;
        this.sink = sink;
        this.clock = clock;
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-checkpoints");
            t.setDaemon(true);
            return t;
        });
        Signed signed = read();
        this.latest = signed.bySeq().isEmpty() ? null : signed.bySeq().lastEntry().getValue();
    }

    Signed read() {
        NavigableMap<Long, Checkpoint> bySeq = new TreeMap<>();
        for (CheckpointLog.Line line : log.read()) {
            if (line.checkpoint() == null) {
                return new Signed(bySeq, line.problem());
            }
            if (!signer.verifies(line.checkpoint())) {
                return new Signed(bySeq, "checkpoint " + line.checkpoint().seq() + " (line " + line.number()
                        + ") is not signed by this installation's audit signing key");
            }
            bySeq.put(line.checkpoint().seq(), line.checkpoint());
        }
        return new Signed(bySeq, null);
    }

    synchronized Optional<Checkpoint> latest() {
        return Optional.ofNullable(latest);
    }

    /** Asks for a checkpoint soon, off the caller's thread (after a thousand entries). */
    void soon(AuditStore store) {
        if (!background.isShutdown()) {
            background.execute(() -> quietly(store, false));
        }
    }

    /** Writes a checkpoint now if there are entries it does not cover yet, or when one is due. */
    synchronized Optional<Checkpoint> write(AuditStore store, boolean force) {
        long from = latest == null ? 1 : latest.seq() + 1;
        String prev = latest == null ? ChainHash.GENESIS : latest.mac();
        long head = store.headId();
        boolean due = force || latest == null || head - latest.seq() >= EVERY_ENTRIES
                || !clock.instant().isBefore(latest.at().plus(EVERY));
        if (head < from || !due) {
            return Optional.empty();
        }
        ChainWalker walker = store.walkFrom(from, prev);
        AuditVerification v = walker.result();
        if (!v.intact()) {
            LOG.error("audit trail broken at entry {}: {}; no checkpoint written", v.firstBrokenId(), v.problem());
            return Optional.empty();
        }
        Checkpoint c = signer.sign(walker.headId(), walker.head(), clock.instant());
        log.append(c);
        latest = c;
        if (sink != null) {
            try {
                sink.send(c);
            } catch (IOException | RuntimeException e) {
                LOG.warn("audit checkpoint {} written here but not sent to VIGIE_AUDIT_SINK: {}", c.seq(), e.toString());
            }
        }
        return Optional.of(c);
    }

    private void quietly(AuditStore store, boolean force) {
        try {
            write(store, force);
        } catch (RuntimeException e) {
            LOG.error("audit checkpoint failed", e);
        }
    }

    String publicKeyset() {
        return signer.publicKeyset();
    }

    /** Stops the timer and anchors what was written since the last checkpoint. */
    void close(AuditStore store) {
        background.shutdownNow();
        quietly(store, true);
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}

package org.vigie.files;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the free space of the disk that holds the data directory, so that Vigie stops writing before
 * PostgreSQL runs out (a WAL write that fails is a PANIC that stops the server). Below twice the reserve,
 * uploads and imports (the large writes, and Vigie's own files: the search index, temporary uploads) are
 * refused; below the reserve, every new record is, while reads, logins and the audit trail go on in the
 * room the reserve kept. Sampled at most once a second; each change of level is logged once.
 */
public final class DiskWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DiskWatch.class);
    private static final long MB = 1024 * 1024;
    /** The reserve when none is configured: the larger of 500 MB and 5 % of the disk. */
    private static final long DEFAULT_FLOOR = 500 * MB;
    private static final long SAMPLE_NANOS = 1_000_000_000L;

    /** How the disk fares now. */
    public enum Level { OK, NO_UPLOADS, NO_WRITES }

    /** One reading: free and total bytes, the reserve in force, and what it allows. */
    public record Sample(long freeBytes, long totalBytes, long reserveBytes, Level level) {
        public long freeMegabytes() {
            return freeBytes / MB;
        }
    }

    private final FileStore store;
    private final long configuredReserve;
    private volatile Sample last;
    private volatile long sampledAt;

    /**
     * @param reserveBytes the free space under which writes stop; 0 or less for the default
     */
    public DiskWatch(Path dataDirectory, long reserveBytes) throws IOException {
        this.store = Files.getFileStore(dataDirectory);
        this.configuredReserve = reserveBytes;
    }

    /** The latest reading, taken now if the last is more than a second old. */
    public Sample now() {
        Sample s = last;
        long at = System.nanoTime();
        if (s == null || at - sampledAt > SAMPLE_NANOS) {
            s = sample();
            sampledAt = at;
            Sample before = last;
            last = s;
            if (before != null && before.level() != s.level()) {
                LOG.warn("disk: {} MB free of {} MB (reserve {} MB): {}", s.freeMegabytes(), s.totalBytes() / MB,
                        s.reserveBytes() / MB, s.level() == Level.OK ? "writes accepted again" : s.level() == Level.NO_UPLOADS
                                ? "uploads and imports refused" : "new records refused");
            }
        }
        return s;
    }

    private Sample sample() {
        try {
            long total = store.getTotalSpace();
            long free = store.getUsableSpace();
            long reserve = configuredReserve > 0 ? configuredReserve : Math.max(DEFAULT_FLOOR, total / 20);
            Level level = free < reserve ? Level.NO_WRITES : free < 2 * reserve ? Level.NO_UPLOADS : Level.OK;
            return new Sample(free, total, reserve, level);
        } catch (IOException e) {
            // A disk that cannot be asked is no reason to refuse writes: PostgreSQL will say if it cannot write.
            return new Sample(Long.MAX_VALUE, Long.MAX_VALUE, configuredReserve, Level.OK);
        }
    }
}

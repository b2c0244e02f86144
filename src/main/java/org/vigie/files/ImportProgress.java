package org.vigie.files;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/**
 * How far a long import has gone: its phase, and what it has done of what it has to do (the bytes of the
 * file while reading it, the rows afterwards). The import's thread moves it on; another thread (a page
 * polling a job, the command line) reads a {@link Snapshot} at any time. A watcher, if any, is told of
 * every phase and at most once a second of the counts.
 */
public final class ImportProgress {

    /** The steps of an import, in order. */
    public enum Phase { WAITING, READING, CHECKING, STORING, INDEXING, DONE }

    /** What {@link Snapshot#done()} and {@link Snapshot#total()} count. */
    public enum Unit { BYTES, ROWS }

    /**
     * One reading of the progress.
     *
     * @param total what there is to do, or -1 when it is not known
     */
    public record Snapshot(Phase phase, Unit unit, long done, long total) {

        /** From 0 to 100, or -1 when the total is not known. */
        public int percent() {
            return total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
        }

        /** One short line in {@code lang}: {@code lu 12,5 Mo sur 48,0 Mo (26 %)}, {@code enregistrement de 250 000 lignes…}. */
        public String describe(Messages messages, Lang lang) {
            String key = "files.progress." + phase.name().toLowerCase(java.util.Locale.ROOT);
            if (phase == Phase.READING && unit == Unit.BYTES) {
                return messages.get(lang, total > 0 ? "files.progress.reading_bytes" : "files.progress.reading_bytes_unknown",
                        done / 1_048_576.0, total / 1_048_576.0, percent());
            }
            return messages.get(lang, key, done, total);
        }
    }

    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);
    private final Consumer<Snapshot> watcher;
    private volatile Snapshot current = new Snapshot(Phase.WAITING, Unit.ROWS, 0, -1);
    private long toldAt;

    /** Progress that nobody watches but whoever reads {@link #snapshot()}. */
    public ImportProgress() {
        this(s -> { });
    }

    /** Progress told to {@code watcher} on the import's thread: each phase, and the counts at most once a second. */
    public ImportProgress(Consumer<Snapshot> watcher) {
        this.watcher = watcher;
    }

    public Snapshot snapshot() {
        return current;
    }

    /** Enters {@code phase} with {@code total} of {@code unit} to do (-1 when not known). */
    public void phase(Phase phase, Unit unit, long total) {
        current = new Snapshot(phase, unit, 0, total);
        toldAt = System.nanoTime();
        watcher.accept(current);
    }

    /** Enters {@code phase}, counting {@code rows} rows. */
    public void phase(Phase phase, long rows) {
        phase(phase, Unit.ROWS, rows);
    }

    /** Ends the import. */
    public void done() {
        Snapshot s = current;
        phase(Phase.DONE, s.unit(), s.total());
    }

    /** Counts {@code n} more done in the current phase. */
    public void advance(long n) {
        Snapshot s = current;
        current = new Snapshot(s.phase(), s.unit(), s.done() + n, s.total());
        long now = System.nanoTime();
        if (now - toldAt >= QUIET_NANOS) {
            toldAt = now;
            watcher.accept(current);
        }
    }

    /**
     * Enters the reading phase of a file of {@code size} bytes (-1 if not known) and returns {@code in}
     * counting what is read from it. Closing the returned stream closes {@code in}.
     */
    public InputStream reading(InputStream in, long size) {
        phase(Phase.READING, Unit.BYTES, size);
        return new CountingInputStream(in) {
            @Override
            protected void counted(long n) {
                advance(n);
            }
        };
    }
}

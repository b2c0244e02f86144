package org.vigie.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.vigie.crypto.PrivateFiles;

/**
 * The directory that holds everything of one Vigie installation that is not in PostgreSQL's
 * tables: the embedded cluster, the search index, the keys and uploads being read. One running Vigie
 * owns it at a time; the lock is released by the operating system if the process dies. It is readable
 * by its owner only (0700), whatever the umask, and so is every folder Vigie makes in it.
 */
public final class DataDirectory implements AutoCloseable {
    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the directory if needed and takes its lock, or fails naming the directory ({@link DataDirectoryInUse}). */
    public static DataDirectory lock(Path root) throws IOException {
        return lockOrShare(PrivateFiles.directory(root.toAbsolutePath().normalize()), false);
    }

    /** Takes the lock of a directory that must exist already ({@link MissingDataDirectory} otherwise). */
    public static DataDirectory lockExisting(Path root) throws IOException {
        return lockOrShare(existing(root), false);
    }

    /**
     * The existing directory, locked when no Vigie runs on it, or else {@link #shared()}: not locked, for a
     * command that only reads beside the running server and so must leave its files (uploads, index) alone.
     */
    public static DataDirectory lockOrShare(Path root) throws IOException {
        return lockOrShare(existing(root), true);
    }

    private static Path existing(Path root) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new MissingDataDirectory(dir, "the directory does not exist");
        }
        return dir;
    }

    private static DataDirectory lockOrShare(Path dir, boolean share) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve("vigie.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        PrivateFiles.restrict(dir.resolve("vigie.lock"));
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            if (share) {
                return new DataDirectory(dir, null, null);
            }
            throw new DataDirectoryInUse(dir);
        }
        return new DataDirectory(dir, ch, l);
    }

    /** Whether another process (a running Vigie) holds the lock and this one only reads beside it. */
    public boolean shared() {
        return lock == null;
    }

    public Path root() {
        return root;
    }

    public Path postgres() {
        return root.resolve("postgres");
    }

    public Path searchIndex() {
        return root.resolve("index");
    }

    public Path keys() {
        return root.resolve("keys");
    }

    /**
     * The folder of uploads being read (form uploads Jetty spools, files a background import reads),
     * rather than the system's shared temporary folder; emptied of what a killed Vigie left there.
     */
    public Path uploads() throws IOException {
        Path dir = PrivateFiles.directory(root.resolve("uploads"));
        try (var leftovers = Files.list(dir)) {
            for (Path p : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(p);
            }
        }
        return dir;
    }

    @Override
    public void close() throws IOException {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

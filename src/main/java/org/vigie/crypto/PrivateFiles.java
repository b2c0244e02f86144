package org.vigie.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders readable by their owner only (0600 and 0700), whatever the process's umask:
 * Java cannot set the umask, so every place that writes a file of Vigie's data (keys, the search
 * index, exports, uploads, logs) asks for these modes here. On a file system without POSIX
 * permissions (Windows) they are left as they are.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and its missing parents as 0700; an existing {@code dir} is set to 0700. */
    public static Path directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                directory(parent);
            }
            Files.createDirectories(dir);
        }
        restrict(dir);
        return dir;
    }

    /** Sets {@code path} to 0600 (a file) or 0700 (a folder). */
    public static void restrict(Path path) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    /** Creates an empty file of mode 0600 in {@code dir}, which is made private first. */
    public static Path createTemp(Path dir, String prefix, String suffix) throws IOException {
        directory(dir);
        return posix(dir) ? Files.createTempFile(dir, prefix, suffix, PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(dir, prefix, suffix);
    }

    /** Writes {@code bytes} to {@code file}, which is 0600 before the first byte lands in it. */
    public static void write(Path file, byte[] bytes) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        restrict(file);
        Files.write(file, bytes);
    }

    static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

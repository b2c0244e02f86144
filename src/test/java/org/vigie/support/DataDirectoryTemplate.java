package org.vigie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.vigie.App;
import org.vigie.config.Config;

/**
 * The data directory a first start leaves, made once per test JVM and copied for each test Vigie. A first start
 * runs initdb and every migration, some seconds on a small machine, and a hundred test classes start one each;
 * a copy of the stopped cluster, its keys and its empty index takes a fraction of a second and starts as the same
 * Vigie would after its first stop. Each copy is its own cluster in its own folder, so tests stay apart. The
 * template is made by the code under test in this JVM, never kept between runs, so it cannot lag behind a new
 * migration. A test that is about the first start itself uses {@link App#create} on an empty folder directly.
 */
final class DataDirectoryTemplate {
    private static Path template;

    private DataDirectoryTemplate() {
    }

    /**
     * Copies the template into {@code dataDir} when it is missing or empty; leaves a folder with anything in it
     * (a Vigie's own data, or keys a test put there) as it is.
     */
    static synchronized void copyInto(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> children = Files.list(dataDir)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
        }
        copy(template(), dataDir);
    }

    private static Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("vigie-template-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            App.create(Config.of(dir, "localhost", 0, false, Map.of())).close();
            Files.deleteIfExists(dir.resolve("vigie.lock"));
            template = dir;
        }
        return template;
    }

    /** A copy with the files' permissions: PostgreSQL refuses a cluster that others can read. */
    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                if (!Files.isDirectory(target)) {
                    Files.copy(dir, target, StandardCopyOption.COPY_ATTRIBUTES);
                } else {
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(dir));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind at exit is the system's to clear.
        }
    }
}

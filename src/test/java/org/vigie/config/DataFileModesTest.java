package org.vigie.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * Every file Vigie writes in its data directory (keys, search index, the database's cluster and log,
 * uploads) is readable by its owner only, whatever the umask: this test means something when run
 * under a permissive one (022, the usual default), which a control file shows.
 */
class DataFileModesTest {
    @TempDir
    Path tmp;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void every_file_of_the_data_directory_is_0600_and_every_folder_0700() throws Exception {
        Path control = Files.createFile(tmp.resolve("control"));
        Path dir = tmp.resolve("data");
        Files.createDirectories(dir.resolve("uploads"));
        Files.writeString(dir.resolve("uploads").resolve("left-by-a-killed-vigie.upload"), "Aminata");
        try (App app = TestApp.start(dir)) {
            TestApp.account(app, "modes-check", Role.ANALYST);
        }
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!Files.isSymbolicLink(p) && !mode(p).equals(expected)) {
                    wrong.add(dir.relativize(p) + " " + mode(p));
                }
            }
        }
        assertThat(wrong).as("with a umask that gives a new file " + mode(control)).isEmpty();
        assertThat(dir.resolve("keys").resolve("fields.json")).exists();
        assertThat(dir.resolve("index")).isNotEmptyDirectory();
        assertThat(dir.resolve("uploads")).as("what a killed Vigie left is removed").isEmptyDirectory();
    }
}

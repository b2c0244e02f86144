package org.vigie.config;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A command that works on an existing installation was pointed at a folder that holds none: only {@code serve}
 * and {@code migrate} create one, so that a mistyped {@code --data} never yields an empty database and a report
 * full of zeros. The command line exits with status 2.
 */
public final class MissingDataDirectory extends IOException {
    private final Path directory;

    public MissingDataDirectory(Path directory, String what) {
        super("no Vigie data in " + directory + ": " + what + " (give the right --data DIR, or create it with "
                + "\"vigie migrate --data " + directory + "\")");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}

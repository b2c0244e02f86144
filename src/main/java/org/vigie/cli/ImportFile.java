package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/** What the import commands share: reading the file they are given, and saying why it was refused. */
final class ImportFile {

    private ImportFile() {
    }

    /** The file's bytes, or null after saying on stderr that it does not exist. */
    static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            System.err.println("vigie: no such file: " + file);
            return null;
        }
    }

    /** Says on stderr, in English, which field, line or column of {@code file} was refused and why; returns the exit status. */
    static int refused(Path file, InvalidInput e) {
        System.err.println("vigie: " + file + ": " + e.field() + ": " + new Messages().get(Lang.EN, e.messageKey(), e.args()));
        return TextsCommand.BAD_INPUT;
    }
}

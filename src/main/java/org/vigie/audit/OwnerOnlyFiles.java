package org.vigie.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The audit trail's key files, readable by their owner only and written atomically. This repeats
 * what {@code crypto.SecretFiles} does for the field keys because the audit package cannot depend on
 * {@code crypto}: key rotation records itself in the audit trail, so {@code crypto} depends on us.
 */
final class OwnerOnlyFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnlyFiles() {
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A random key of 32 bytes kept in {@code file} as hexadecimal, created on first use. */
    static byte[] loadOrCreateKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            write(file, HexFormat.of().formatHex(key));
        }
        try {
            byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.UTF_8).trim());
            if (key.length < 32) {
                throw new IOException("the key in " + file + " is shorter than 32 bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IOException("the key in " + file + " is not hexadecimal", e);
        }
    }
}

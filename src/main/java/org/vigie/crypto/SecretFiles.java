package org.vigie.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Small files of secrets, created readable by their owner only. */
public final class SecretFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {
    }

    static void writePrivate(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (FieldCipher.posix(file)) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(FieldCipher.ownerOnly()));
        }
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a 32-byte random key from {@code file}, creating it on first use. */
    public static byte[] loadOrCreateKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            writePrivate(file, HexFormat.of().formatHex(key));
        }
        String hex = Files.readString(file, StandardCharsets.UTF_8).trim();
        try {
            byte[] key = HexFormat.of().parseHex(hex);
            if (key.length < 32) {
                throw new IOException("the key in " + file + " is shorter than 32 bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IOException("the key in " + file + " is not hexadecimal", e);
        }
    }
}

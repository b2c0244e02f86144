package org.vigie.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checkpoints of one installation: one JSON line each, appended to
 * {@code DATA/audit-checkpoints/checkpoints.jsonl}, a file readable by its owner only and never
 * rewritten. A line that cannot be read is kept as such and reported by the verification.
 */
final class CheckpointLog {
    static final String DIRECTORY = "audit-checkpoints";
    static final String FILE = "checkpoints.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    CheckpointLog(Path dataDir) {
        this.file = dataDir.resolve(DIRECTORY).resolve(FILE);
    }

    /** A line of the file: a checkpoint, or the reason it cannot be read. */
    record Line(int number, Checkpoint checkpoint, String problem) {
    }

    synchronized void append(Checkpoint c) {
        try {
            Files.createDirectories(file.getParent());
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // The folder is the owner's alone, whatever the umask, as is every folder of the data directory.
                Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
            }
            if (!Files.exists(file)) {
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap((line(c) + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    List<Line> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        try {
            int n = 0;
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (!text.isBlank()) {
                    lines.add(parse(n, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return lines;
    }

    static String line(Checkpoint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", c.seq());
        m.put("mac", c.mac());
        m.put("at", c.at().toString());
        m.put("sig", c.signature());
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Line parse(int n, String text) {
        try {
            var node = JSON.readTree(text);
            return new Line(n, new Checkpoint(node.get("seq").asLong(), node.get("mac").asText(),
                    Instant.parse(node.get("at").asText()), node.get("sig").asText()), null);
        } catch (IOException | RuntimeException e) {
            return new Line(n, null, "line " + n + " of " + FILE + " cannot be read");
        }
    }
}

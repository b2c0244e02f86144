package org.vigie.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * A node's identity: made once for a data directory (the file {@code node-id}) and kept across its restarts, so that
 * a node that comes back is the same row in {@code cluster_node} and the same position in the search log. Random, so
 * that it says nothing of the machine; two nodes never share a data directory (it is locked).
 */
public record NodeId(UUID value) {
    static final String FILE = "node-id";

    public NodeId {
        Objects.requireNonNull(value, "value");
    }

    /** The identity kept in {@code dataDir}, made and written there the first time. */
    public static NodeId of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
                try {
                    return new NodeId(UUID.fromString(text));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + " does not hold a node identity (a UUID); delete it to make a new one", e);
                }
            }
            NodeId made = new NodeId(UUID.randomUUID());
            Path partial = dataDir.resolve(FILE + ".new");
            // Owner-only, as every file of the data directory (DataFileModesTest), whatever the umask.
            org.vigie.crypto.PrivateFiles.write(partial, (made.value() + "\n").getBytes(StandardCharsets.US_ASCII));
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

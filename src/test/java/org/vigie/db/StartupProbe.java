package org.vigie.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Opens a PostgreSQL session with no password, over TCP or the Unix socket (which the JDBC driver
 * cannot reach), and tells what the server answered: the first message of the protocol's start-up
 * (version 3.0) is enough to see whether it lets the client in or asks for a password.
 */
final class StartupProbe {
    /** What the server answered a start-up message without a password. */
    enum Answer { LET_IN, ASKED_FOR_PASSWORD, REFUSED }

    private StartupProbe() {
    }

    static Answer tcp(int port, String user, String database) throws IOException {
        return probe(new InetSocketAddress("localhost", port), user, database);
    }

    static Answer socket(Path directory, int port, String user, String database) throws IOException {
        return probe(UnixDomainSocketAddress.of(directory.resolve(".s.PGSQL." + port)), user, database);
    }

    private static Answer probe(SocketAddress address, String user, String database) throws IOException {
        try (SocketChannel channel = SocketChannel.open(address)) {
            channel.write(startup(user, database));
            ByteBuffer header = ByteBuffer.allocate(9);
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // read the type byte, the length and the authentication code
            }
            header.flip();
            byte type = header.get();
            if (type == 'E') {
                return Answer.REFUSED;
            }
            if (type != 'R') {
                throw new IOException("unexpected message " + (char) type);
            }
            header.getInt();
            int code = header.getInt();
            return code == 0 ? Answer.LET_IN : Answer.ASKED_FOR_PASSWORD;
        }
    }

    private static ByteBuffer startup(String user, String database) {
        byte[] params = ("user\0" + user + "\0database\0" + database + "\0\0").getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + params.length);
        b.putInt(8 + params.length).putInt(196608).put(params).flip();
        return b;
    }
}

package org.vigie.audit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A second place for each checkpoint, named by {@code VIGIE_AUDIT_SINK}, so that a copy lives where
 * an intruder on this server cannot reach: a syslog collector ({@code udp://host:port}, one RFC 5424
 * message per checkpoint) or a file on another disk (one JSON line per checkpoint).
 *
 * <p>Our own few lines rather than a library: the message is one fixed-format line in one UDP datagram.
 * Logback's {@code SyslogAppender} writes the older BSD format (RFC 3164) through the application log,
 * which would mix checkpoints with everything else logged; the maintained RFC 5424 clients bring a
 * dependency for what is a string and a datagram here.
 */
interface CheckpointSink {
    /** Facility 13 ("log audit"), severity 5 ("notice"). */
    int PRIORITY = 13 * 8 + 5;

    void send(Checkpoint c) throws IOException;

    /** The sink {@code spec} names, or null when it is blank. */
    static CheckpointSink of(String spec) {
        if (spec == null || spec.isBlank()) {
            return null;
        }
        if (spec.startsWith("udp://")) {
            URI uri = URI.create(spec.strip());
            if (uri.getHost() == null || uri.getPort() < 1) {
                throw new IllegalArgumentException("VIGIE_AUDIT_SINK: a syslog address is udp://host:port, got " + spec);
            }
            return c -> syslog(uri.getHost(), uri.getPort(), c);
        }
        Path file = Path.of(spec.strip());
        return c -> Files.writeString(file, CheckpointLog.line(c) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    private static void syslog(String host, int port, Checkpoint c) throws IOException {
        String hostname;
        try {
            hostname = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            hostname = "-";
        }
        String message = "<" + PRIORITY + ">1 " + Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + hostname
                + " vigie " + ProcessHandle.current().pid() + " audit-checkpoint - " + CheckpointLog.line(c);
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName(host), port));
        }
    }
}

package org.vigie.tracker.reminders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal SMTP client for reminder digests (no mail library is among Vigie's dependencies): one
 * plain-text UTF-8 message per connection, TLS on port 465 or through STARTTLS when offered, AUTH PLAIN
 * only over TLS. Settings come from VIGIE_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM.
 */
public final class SmtpMailer {
    /** Where and as whom to send; {@code user} null sends without authentication. */
    public record Settings(String host, int port, String user, String password, String from) {
        public Settings {
            if (host == null || host.isBlank() || from == null || !from.matches("[^@\\s<>]+@[^@\\s<>]+")) {
                throw new IllegalArgumentException("VIGIE_SMTP_HOST and a VIGIE_SMTP_FROM address are required");
            }
        }

        /** The settings the environment gives, or empty when VIGIE_SMTP_HOST is not set. */
        public static Optional<Settings> from(Map<String, String> env) {
            String host = env.get("VIGIE_SMTP_HOST");
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            int port = Integer.parseInt(env.getOrDefault("VIGIE_SMTP_PORT", "587").trim());
            String user = env.get("VIGIE_SMTP_USER");
            return Optional.of(new Settings(host.trim(), port, user == null || user.isBlank() ? null : user,
                    env.get("VIGIE_SMTP_PASSWORD"), env.get("VIGIE_SMTP_FROM")));
        }
    }

    private static final int TIMEOUT_MS = 15_000;
    private final Settings settings;
    private BufferedReader in;
    private OutputStream out;

    public SmtpMailer(Settings settings) {
        this.settings = settings;
    }

    public void send(String to, String subject, String body) throws IOException {
        if (!to.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            throw new IllegalArgumentException("not an address: " + to);
        }
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(settings.host(), settings.port()), TIMEOUT_MS);
        socket.setSoTimeout(TIMEOUT_MS);
        boolean tls = false;
        if (settings.port() == 465) {
            socket = upgrade(socket);
            tls = true;
        }
        try (Socket s = socket) {
            open(s);
            expect(220);
            String capabilities = command("EHLO vigie", 250);
            if (!tls && capabilities.contains("STARTTLS")) {
                command("STARTTLS", 220);
                open(upgrade(s));
                tls = true;
                command("EHLO vigie", 250);
            }
            if (settings.user() != null) {
                if (!tls) {
                    throw new IOException("the SMTP server offers no TLS; credentials are not sent in clear");
                }
                String plain = "\0" + settings.user() + "\0" + (settings.password() == null ? "" : settings.password());
                command("AUTH PLAIN " + b64(plain), 235);
            }
            command("MAIL FROM:<" + settings.from() + ">", 250);
            command("RCPT TO:<" + to + ">", 250);
            command("DATA", 354);
            write(message(to, subject, body) + ".\r\n");
            expect(250);
            command("QUIT", 221);
        }
    }

    private String message(String to, String subject, String body) {
        String encoded = b64(body.replace("\r\n", "\n").replace("\n", "\r\n"));
        StringBuilder m = new StringBuilder()
                .append("From: Vigie <").append(settings.from()).append(">\r\n")
                .append("To: <").append(to).append(">\r\n")
                .append("Subject: =?UTF-8?B?").append(b64(subject)).append("?=\r\n")
                .append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n")
                .append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        for (int i = 0; i < encoded.length(); i += 76) {
            m.append(encoded, i, Math.min(encoded.length(), i + 76)).append("\r\n");
        }
        return m.toString();
    }

    private Socket upgrade(Socket plain) throws IOException {
        SSLSocket s = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, settings.host(), settings.port(), true);
        s.startHandshake();
        return s;
    }

    private void open(Socket s) throws IOException {
        in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        out = s.getOutputStream();
    }

    private String command(String line, int code) throws IOException {
        write(line + "\r\n");
        return expect(code);
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads a (possibly multi-line) reply; anything but {@code code} is an error naming the server's words. */
    private String expect(int code) throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the SMTP server closed the connection");
            }
            reply.append(line).append('\n');
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(Integer.toString(code))) {
            throw new IOException("SMTP server answered: " + reply.toString().strip());
        }
        return reply.toString();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}

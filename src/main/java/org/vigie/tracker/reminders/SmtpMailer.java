package org.vigie.tracker.reminders;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends reminder digests through Eclipse Angus Mail (Jakarta Mail): one plain-text UTF-8 message per
 * connection, TLS on port 465 or through STARTTLS when offered, the server's certificate and name
 * checked, credentials only over TLS. Settings come from VIGIE_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM.
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

    /** The port of SMTP over TLS from the first byte (RFC 8314); any other port starts in clear. */
    static final int IMPLICIT_TLS_PORT = 465;
    private static final String TIMEOUT_MS = "15000";
    private final Settings settings;
    private final SSLSocketFactory tls;
    private final boolean implicitTls;

    public SmtpMailer(Settings settings) {
        this(settings, (SSLSocketFactory) SSLSocketFactory.getDefault(), settings.port() == IMPLICIT_TLS_PORT);
    }

    /** With the certificates {@code tls} trusts, and TLS from the first byte or not whatever the port: for tests. */
    SmtpMailer(Settings settings, SSLSocketFactory tls, boolean implicitTls) {
        this.settings = settings;
        this.tls = tls;
        this.implicitTls = implicitTls;
    }

    /** Sends one message; a refusal of the server, or no server, is an exception carrying the server's words. */
    public void send(String to, String subject, String body) throws IOException {
        if (!to.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            throw new IllegalArgumentException("not an address: " + to);
        }
        String protocol = implicitTls ? "smtps" : "smtp";
        Session session = Session.getInstance(properties(protocol));
        try (Transport transport = session.getTransport(protocol)) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), "Vigie", StandardCharsets.UTF_8.name()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setText(body.replace("\r\n", "\n"), StandardCharsets.UTF_8.name());
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IOException("SMTP: " + e.getMessage(), e);
        }
    }

    private Properties properties(String protocol) {
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put(p + "host", settings.host());
        props.put(p + "port", Integer.toString(settings.port()));
        props.put(p + "localhost", "vigie");
        props.put(p + "connectiontimeout", TIMEOUT_MS);
        props.put(p + "timeout", TIMEOUT_MS);
        props.put(p + "writetimeout", TIMEOUT_MS);
        props.put(p + "auth", Boolean.toString(settings.user() != null));
        props.put(p + "ssl.socketFactory", tls);
        props.put(p + "ssl.checkserveridentity", "true");
        if (!implicitTls) {
            props.put(p + "starttls.enable", "true");
            // Credentials never travel in clear: without STARTTLS from the server, nothing is sent.
            props.put(p + "starttls.required", Boolean.toString(settings.user() != null));
        }
        return props;
    }
}

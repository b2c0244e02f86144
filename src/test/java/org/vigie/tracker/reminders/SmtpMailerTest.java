package org.vigie.tracker.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SMTP client against a tiny SMTP server on a socket: what it says, and what it refuses. */
class SmtpMailerTest {
    /** Accepts one connection, answers every command, records the lines it received. */
    private static CompletableFuture<List<String>> server(ServerSocket socket, String ehloReply) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try (Socket s = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream();
                out.write("220 test ESMTP\r\n".getBytes(StandardCharsets.UTF_8));
                boolean data = false;
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    String reply;
                    if (data) {
                        if (!line.equals(".")) {
                            continue;
                        }
                        data = false;
                        reply = "250 queued";
                    } else if (line.startsWith("EHLO")) {
                        reply = ehloReply;
                    } else if (line.equals("DATA")) {
                        data = true;
                        reply = "354 go on";
                    } else if (line.equals("QUIT")) {
                        out.write("221 bye\r\n".getBytes(StandardCharsets.UTF_8));
                        break;
                    } else {
                        reply = "250 ok";
                    }
                    out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                lines.add("server error: " + e);
            }
            return lines;
        });
    }

    @Test
    void a_digest_is_sent_as_utf8_plain_text_to_its_address() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            var received = server(socket, "250-test\r\n250 8BITMIME");
            var settings = SmtpMailer.Settings.from(Map.of("VIGIE_SMTP_HOST", "localhost", "VIGIE_SMTP_PORT",
                    Integer.toString(socket.getLocalPort()), "VIGIE_SMTP_FROM", "vigie@example.org")).orElseThrow();
            new SmtpMailer(settings).send("awa@example.org", "Vigie : 2 rappels", "Échéance dépassée.\n.\nFin");
            List<String> lines = received.get(10, TimeUnit.SECONDS);
            assertThat(lines).contains("MAIL FROM:<vigie@example.org>", "RCPT TO:<awa@example.org>", "DATA", "QUIT");
            assertThat(lines).contains("Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString("Vigie : 2 rappels".getBytes(StandardCharsets.UTF_8)) + "?=");
            int blank = lines.indexOf("");
            String body = String.join("", lines.subList(blank + 1, lines.indexOf(".")));
            assertThat(new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)).isEqualTo("Échéance dépassée.\r\n.\r\nFin");
        }
    }

    @Test
    void credentials_are_not_sent_to_a_server_without_tls() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            var received = server(socket, "250 test");
            var settings = new SmtpMailer.Settings("localhost", socket.getLocalPort(), "vigie", "secret", "vigie@example.org");
            assertThatThrownBy(() -> new SmtpMailer(settings).send("awa@example.org", "s", "b")).hasMessageContaining("TLS");
            socket.close();
            assertThat(received.get(10, TimeUnit.SECONDS)).noneMatch(l -> l.startsWith("AUTH"));
        }
    }

    @Test
    void no_host_in_the_environment_means_no_smtp() {
        assertThat(SmtpMailer.Settings.from(Map.of())).isEmpty();
    }
}

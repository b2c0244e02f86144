package org.vigie.tracker.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mailer against GreenMail, a real SMTP server in the test: plain, over TLS with a password, and refused. */
class SmtpMailerTest {
    private static final String PASSWORD = "changeit";
    @TempDir
    static Path dir;
    private static SSLSocketFactory trustingTestCertificate;
    private GreenMail server;

    /** A certificate for localhost that GreenMail serves and the mailer is told to trust, as a real relay's would be. */
    @BeforeAll
    static void certificate() throws Exception {
        Path keystore = dir.resolve("smtp.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, keystore.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, PASSWORD);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        trustingTestCertificate = context.getSocketFactory();
    }

    @AfterAll
    static void forgetCertificate() {
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY);
    }

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTPS)});
        server.start();
        server.setUser("vigie@example.org", "vigie", "secret");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SmtpMailer.Settings settings(int port, String user, String password) {
        return new SmtpMailer.Settings("localhost", port, user, password, "vigie@example.org");
    }

    @Test
    void a_digest_is_sent_as_utf8_plain_text_to_its_address() throws Exception {
        var settings = SmtpMailer.Settings.from(Map.of("VIGIE_SMTP_HOST", "localhost", "VIGIE_SMTP_PORT",
                Integer.toString(server.getSmtp().getPort()), "VIGIE_SMTP_FROM", "vigie@example.org")).orElseThrow();

        new SmtpMailer(settings).send("awa@example.org", "Vigie : 2 rappels", "Échéance dépassée.\n.\nFin");

        assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(received.getFrom()).containsExactly(new InternetAddress("vigie@example.org", "Vigie"));
        assertThat(received.getAllRecipients()).containsExactly(new InternetAddress("awa@example.org"));
        assertThat(received.getSubject()).isEqualTo("Vigie : 2 rappels");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo("Échéance dépassée.\n.\nFin");
    }

    @Test
    void over_tls_from_the_first_byte_the_password_is_given_and_the_digest_delivered() throws Exception {
        var mailer = new SmtpMailer(settings(server.getSmtps().getPort(), "vigie", "secret"), trustingTestCertificate, true);

        mailer.send("awa@example.org", "Rappel", "Texte");

        assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo("Rappel");
    }

    @Test
    void a_wrong_password_is_refused_with_the_servers_words_and_nothing_is_delivered() {
        var mailer = new SmtpMailer(settings(server.getSmtps().getPort(), "vigie", "wrong"), trustingTestCertificate, true);

        assertThatThrownBy(() -> mailer.send("awa@example.org", "Rappel", "Texte"))
                .isInstanceOf(IOException.class).hasMessageContaining("535");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_server_whose_certificate_is_not_trusted_is_not_talked_to() {
        var mailer = new SmtpMailer(settings(server.getSmtps().getPort(), "vigie", "secret"),
                (SSLSocketFactory) SSLSocketFactory.getDefault(), true);

        assertThatThrownBy(() -> mailer.send("awa@example.org", "Rappel", "Texte")).isInstanceOf(IOException.class);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void credentials_are_not_sent_to_a_server_without_tls() {
        var mailer = new SmtpMailer(settings(server.getSmtp().getPort(), "vigie", "secret"));

        assertThatThrownBy(() -> mailer.send("awa@example.org", "s", "b")).isInstanceOf(IOException.class)
                .hasMessageContaining("STARTTLS");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void no_server_listening_is_an_error_naming_the_connection() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        var mailer = new SmtpMailer(settings(closed, null, null));

        assertThatThrownBy(() -> mailer.send("awa@example.org", "s", "b")).isInstanceOf(IOException.class)
                .hasMessageContaining("localhost").hasMessageContaining(Integer.toString(closed));
    }

    @Test
    void an_address_that_is_not_one_is_refused_before_connecting() {
        var mailer = new SmtpMailer(settings(server.getSmtp().getPort(), null, null));

        assertThatThrownBy(() -> mailer.send("awa@example.org>\r\nRCPT TO:<x@y.z", "s", "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void no_host_in_the_environment_means_no_smtp() {
        assertThat(SmtpMailer.Settings.from(Map.of())).isEmpty();
    }
}

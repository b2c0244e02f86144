package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;

/**
 * Records filled in JavaRosa and encrypted by a client written from the ODK encryption spec, sent to Vigie
 * over the OpenRosa Form Submission API: stored once as reported incidents, refused whole when altered.
 */
class EncryptedSubmissionTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    @TempDir
    static Path media;
    static App app;
    static CollectPhone phone;
    static CollectPhone.Form form;
    static String token;

    /** A JPEG as a phone's camera writes it, as far as its first bytes tell. */
    static final byte[] PHOTO = jpeg(64 * 1024);

    @BeforeAll
    static void enrol() throws Exception {
        app = vigie.app();
        EnrolledPhone enrolled = EnrolledPhone.of(vigie, "Gao 3", media);
        token = enrolled.token();
        phone = enrolled.phone();
        form = enrolled.form();
    }

    static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        new java.util.Random(7).nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        return b;
    }

    /** A record filled in JavaRosa, as the phone serialises it, with its instanceID. */
    record Filled(String instanceId, byte[] xml) {
    }

    static Filled fill(CollectPhone.Form f, String name, String title, boolean photo) throws Exception {
        JavaRosaForm engine = new JavaRosaForm(f.xml(), media, "Français (fr)");
        byte[] xml = new MonitorRecord(name, title, photo).fill(engine);
        return new Filled(engine.instanceId(), xml);
    }

    static HttpResponse<String> send(CollectPhone.Form f, Filled r, Map<String, byte[]> attachments) throws Exception {
        CollectPhone.Encrypted e = CollectPhone.encrypt(f, r.instanceId(), r.xml(), attachments);
        return phone.submit(e.manifest(), e.files());
    }

    static long incidents(String externalId) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM incident WHERE origin = 'odk' AND external_id = :e")
                .bind("e", externalId).mapTo(Long.class).one());
    }

    @Test
    void an_encrypted_record_with_two_victims_and_a_photo_becomes_a_reported_incident_with_evidence() throws Exception {
        Filled r = fill(form, "Fatoumata Maïga", "Attaque du marché", true);

        HttpResponse<String> response = send(form, r, Map.of("photo.jpg", PHOTO));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-OpenRosa-Version")).contains("1.0");
        assertThat(response.body()).contains("submit_success");
        long id = app.observatory().idOf(Origin.ODK, r.instanceId()).orElseThrow();
        String status = text("SELECT verification_status FROM incident WHERE id = :id", id);
        long named = number("SELECT count(*) FROM victim WHERE incident_id = :id AND identity IS NOT NULL", id);
        long all = number("SELECT count(*) FROM victim WHERE incident_id = :id", id);
        String evidence = text("SELECT sha256 FROM incident_evidence WHERE incident_id = :id", id);
        long victim = number("SELECT id FROM victim WHERE incident_id = :id AND identity IS NOT NULL", id);
        assertThat(status).isEqualTo("reported");
        assertThat(named).isEqualTo(1);
        assertThat(all).isEqualTo(2);
        assertThat(evidence).isEqualTo(sha256(PHOTO));
        assertThat(app.victims().identity(id, victim, vigie.principal(Role.ANALYST), "127.0.0.1", "test").orElseThrow().fullName())
                .isEqualTo("Fatoumata Maïga");
    }

    @Test
    void a_record_sent_twice_is_stored_once_and_the_second_answer_is_202() throws Exception {
        Filled r = fill(form, "Awa Touré", "Enlèvement", false);
        CollectPhone.Encrypted e = CollectPhone.encrypt(form, r.instanceId(), r.xml(), Map.of());

        HttpResponse<String> first = phone.submit(e.manifest(), e.files());
        HttpResponse<String> again = phone.submit(e.manifest(), e.files());
        HttpResponse<String> reEncrypted = send(form, r, Map.of());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(reEncrypted.statusCode()).isEqualTo(202);
        assertThat(incidents(r.instanceId())).isEqualTo(1);
    }

    @Test
    void the_same_instance_with_other_content_is_kept_as_a_new_version_not_merged() throws Exception {
        Filled r = fill(form, "Kadia Coulibaly", "Pillage", false);
        String changed = new String(r.xml(), StandardCharsets.UTF_8).replace("Pillage", "Pillage du marché");

        assertThat(send(form, r, Map.of()).statusCode()).isEqualTo(201);
        HttpResponse<String> second = send(form, new Filled(r.instanceId(), changed.getBytes(StandardCharsets.UTF_8)), Map.of());

        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(incidents(r.instanceId())).isEqualTo(1);
        assertThat(incidents(r.instanceId() + "#v2")).isEqualTo(1);
    }

    @Test
    void a_tampered_ciphertext_is_refused_with_an_openrosa_message_and_nothing_is_stored() throws Exception {
        Filled r = fill(form, "Mariam Keïta", "Arrestation", false);
        CollectPhone.Encrypted e = CollectPhone.encrypt(form, r.instanceId(), r.xml(), Map.of());
        Map<String, byte[]> files = new LinkedHashMap<>(e.files());
        byte[] xml = files.get("submission.xml.enc").clone();
        xml[xml.length / 2] ^= 0x01;
        files.put("submission.xml.enc", xml);
        long refusedBefore = vigie.audited("intake.submission.refused");

        HttpResponse<String> response = phone.submit(e.manifest(), files);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OpenRosaResponse").contains("nature=\"error\"");
        assertThat(incidents(r.instanceId())).isZero();
        assertThat(vigie.audited("intake.submission.refused")).isEqualTo(refusedBefore + 1);
    }

    @Test
    void a_record_sent_in_clear_is_refused_as_the_form_demands_encryption() throws Exception {
        Filled r = fill(form, "Oumou Sangaré", "Menaces", false);

        HttpResponse<String> response = phone.submit(r.xml(), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("chiffrées");
        assertThat(incidents(r.instanceId())).isZero();
    }

    @Test
    void a_record_of_an_unknown_form_version_is_refused() throws Exception {
        CollectPhone.Form other = new CollectPhone.Form(form.formId(), "2019010101", form.hash(), form.xml(), form.publicKey(), form.media());
        Filled r = fill(form, "Hawa Sidibé", "Incendie", false);

        HttpResponse<String> response = send(other, r, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("2019010101");
        assertThat(incidents(r.instanceId())).isZero();
    }

    @Test
    void a_request_announcing_more_than_the_limit_is_refused_with_413_before_its_body_is_read() throws Exception {
        long before = number("SELECT count(*) FROM incident WHERE id > :id", 0);
        // Headers alone, no byte of the body: a server that read the body would wait, and the socket time out. A
        // body above the hard limit (21 MiB) is not drained: it could not be taken anyway.
        try (java.net.Socket socket = new java.net.Socket("localhost", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /odk/key/" + token + "/submission HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-OpenRosa-Version: 1.0\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: " + (22L * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

            assertThat(answer).isEqualTo("HTTP/1.1 413");
        }
        assertThat(number("SELECT count(*) FROM incident WHERE id > :id", 0)).isEqualTo(before);
    }

    @Test
    void the_phone_learns_the_size_it_may_send_before_sending() throws Exception {
        HttpResponse<Void> head = phone.head();

        assertThat(head.statusCode()).isEqualTo(204);
        assertThat(head.headers().firstValue("X-OpenRosa-Accept-Content-Length")).contains(Long.toString(20L * 1024 * 1024));
    }

    @Test
    void a_revoked_device_can_neither_fetch_the_form_nor_send_records() throws Exception {
        var enrolled = app.fieldDevices().enrol(vigie.principal(Role.ADMINISTRATOR), "127.0.0.1", RunningVigie.username(Role.MONITOR), "Perdu");
        CollectPhone lost = new CollectPhone(vigie.base() + "/odk/key/" + enrolled.token());
        Filled r = fill(form, "Salif Traoré", "Attaque", false);
        CollectPhone.Encrypted e = CollectPhone.encrypt(form, r.instanceId(), r.xml(), Map.of());
        assertThat(lost.formList().statusCode()).isEqualTo(200);

        app.fieldDevices().revoke(vigie.principal(Role.ADMINISTRATOR), "127.0.0.1", enrolled.device().id());

        assertThat(lost.formList().statusCode()).isEqualTo(403);
        HttpResponse<String> refused = lost.submit(e.manifest(), e.files());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("révoqué");
        assertThat(incidents(r.instanceId())).isZero();
    }

    /**
     * OpenRosa: the server consumes the whole POST. A phone writes its whole body before it reads the answer (as
     * OkHttp does, on one socket from one thread); a server that answered and closed without reading would leave it
     * writing into a reset connection, the refusal never read.
     */
    @Test
    void a_large_post_to_a_revoked_device_gets_its_403_answer_back() throws Exception {
        var enrolled = app.fieldDevices().enrol(vigie.principal(Role.ADMINISTRATOR), "127.0.0.1", RunningVigie.username(Role.MONITOR), "Volé");
        app.fieldDevices().revoke(vigie.principal(Role.ADMINISTRATOR), "127.0.0.1", enrolled.device().id());
        byte[] body = new byte[12 * 1024 * 1024];
        byte[] head = ("--x\r\nContent-Disposition: form-data; name=\"photo.jpg.enc\"; filename=\"photo.jpg.enc\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        byte[] tail = "\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

        try (java.net.Socket socket = new java.net.Socket("localhost", app.port())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("POST /odk/key/" + enrolled.token() + "/submission HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\nX-OpenRosa-Version: 1.0\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < body.length; at += 64 * 1024) {
                out.write(body, at, Math.min(64 * 1024, body.length - at));
            }
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 403").contains("OpenRosaResponse").contains("révoqué");
        }
    }

    /** Enketo and older clients write the manifest in the namespace of plain submissions; Vigie reads it by local names. */
    @Test
    void a_manifest_in_the_namespace_enketo_writes_is_accepted_too() throws Exception {
        Filled r = fill(form, "Nana Dembélé", "Menaces", false);
        CollectPhone.Encrypted e = CollectPhone.encrypt(form, r.instanceId(), r.xml(), Map.of());
        String enketo = new String(e.manifest(), StandardCharsets.UTF_8).replace(CollectPhone.ENCRYPTED_NS, "http://opendatakit.org/submissions");

        HttpResponse<String> response = phone.submit(enketo.getBytes(StandardCharsets.UTF_8), e.files());

        assertThat(enketo).doesNotContain(CollectPhone.ENCRYPTED_NS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(incidents(r.instanceId())).isEqualTo(1);
    }

    @Test
    void the_date_header_is_an_http_date_with_a_two_digit_day() throws Exception {
        HttpResponse<Void> head = phone.head();

        String date = head.headers().firstValue("Date").orElseThrow();
        assertThat(date).matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    }

    @Test
    void an_unknown_token_gets_the_same_answer_as_a_revoked_one() throws Exception {
        CollectPhone stranger = new CollectPhone(vigie.base() + "/odk/key/" + "A".repeat(43));

        assertThat(stranger.formList().statusCode()).isEqualTo(403);
    }

    @Test
    void after_a_key_rotation_a_record_made_with_the_previous_form_still_decrypts() throws Exception {
        Filled before = fill(form, "Boubacar Cissé", "Exécution", false);

        app.intakeKeys().rotate("test");
        CollectPhone.Form after = phone.download();
        HttpResponse<String> response = send(form, before, Map.of());

        assertThat(after.version()).isNotEqualTo(form.version());
        assertThat(after.publicKey()).isNotEqualTo(form.publicKey());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(incidents(before.instanceId())).isEqualTo(1);
        form = after;
    }

    static String text(String sql, long id) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(String.class).one());
    }

    static long number(String sql, long id) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Long.class).one());
    }

    static String sha256(byte[] b) throws Exception {
        return CollectPhone.hex("SHA-256", b);
    }
}

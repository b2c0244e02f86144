package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Records ODK Collect splits across several POSTs, because their files together pass the size the server announced:
 * each POST carries the same manifest and some of the files, all but the last {@code *isIncomplete*=yes}. Vigie keeps
 * the parts until the set is complete, then stores the record as it stores one sent in a single POST.
 */
class SplitSubmissionTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    @TempDir
    static Path media;
    static App app;
    static EnrolledPhone enrolled;
    static CollectPhone phone;
    static CollectPhone.Form form;
    /** A budget smaller than any file: each file goes in a POST of its own, as a large photo would on a phone. */
    static final long ONE_FILE_A_POST = 1;

    @BeforeAll
    static void enrol() throws Exception {
        app = vigie.app();
        enrolled = EnrolledPhone.of(vigie, "Tombouctou 2", media);
        phone = enrolled.phone();
        form = enrolled.form();
    }

    static CollectPhone.Encrypted record(String title, Map<String, byte[]> attachments) throws Exception {
        JavaRosaForm engine = new JavaRosaForm(form.xml(), media, "Français (fr)");
        byte[] xml = new MonitorRecord("Fanta Camara", title, true).fill(engine);
        return CollectPhone.encrypt(form, engine.instanceId(), xml, attachments);
    }

    /** The photo first, then any other attachment, in this order (the phone sends them so). */
    static Map<String, byte[]> attachments(Object... nameThenContent) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            m.put((String) nameThenContent[i], (byte[]) nameThenContent[i + 1]);
        }
        return m;
    }

    static String instanceId(CollectPhone.Encrypted e) {
        String manifest = new String(e.manifest(), StandardCharsets.UTF_8);
        return manifest.substring(manifest.indexOf("<orx:instanceID>") + 16, manifest.indexOf("</orx:instanceID>"));
    }

    static long count(String sql, String instanceId) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).bind("i", instanceId).mapTo(Long.class).one());
    }

    static long parts(String instanceId) {
        return count("SELECT count(*) FROM intake_part WHERE instance_id = :i", instanceId);
    }

    static long incidents(String instanceId) {
        return count("SELECT count(*) FROM incident WHERE origin = 'odk' AND external_id = :i", instanceId);
    }

    static List<String> evidenceTypes(String instanceId) {
        long id = app.observatory().idOf(Origin.ODK, instanceId).orElseThrow();
        return app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT content_type FROM incident_evidence WHERE incident_id = :id ORDER BY content_type").bind("id", id).mapTo(String.class).list());
    }

    static List<Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(HttpResponse::statusCode).toList();
    }

    static Map<String, byte[]> only(CollectPhone.Encrypted e, String... names) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String n : names) {
            m.put(n, e.files().get(n));
        }
        return m;
    }

    @Test
    void a_record_sent_in_two_posts_becomes_one_incident_with_its_photo() throws Exception {
        CollectPhone.Encrypted e = record("Attaque du convoi", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO));
        long partsAudited = vigie.audited("intake.submission.part");

        List<HttpResponse<String>> answers = phone.submitSplit(e, ONE_FILE_A_POST);

        assertThat(statuses(answers)).as(answers.get(answers.size() - 1).body()).containsExactly(201, 201);
        assertThat(answers.get(0).body()).contains("submit_success").contains("partie");
        assertThat(incidents(instanceId(e))).isEqualTo(1);
        assertThat(evidenceTypes(instanceId(e))).containsExactly("image/jpeg");
        assertThat(parts(instanceId(e))).isZero();
        assertThat(vigie.audited("intake.submission.part")).isEqualTo(partsAudited + 1);
        String details = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT details FROM audit_entry WHERE action = 'intake.submission.part' ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(details).contains(instanceId(e)).contains("incomplete_flag").contains("yes");
    }

    @Test
    void a_record_sent_in_three_posts_becomes_one_incident_with_all_its_media() throws Exception {
        CollectPhone.Encrypted e = record("Incendie du marché", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO,
                "second.png", SubmissionMediaTest.png()));

        List<HttpResponse<String>> answers = phone.submitSplit(e, ONE_FILE_A_POST);

        assertThat(statuses(answers)).as(answers.get(answers.size() - 1).body()).containsExactly(201, 201, 201);
        assertThat(incidents(instanceId(e))).isEqualTo(1);
        assertThat(evidenceTypes(instanceId(e))).containsExactly("image/jpeg", "image/png");
        assertThat(parts(instanceId(e))).isZero();
    }

    @Test
    void the_final_post_sent_again_is_answered_as_a_duplicate_and_stores_nothing_more() throws Exception {
        CollectPhone.Encrypted e = record("Enlèvement au puits", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO));
        assertThat(statuses(phone.submitSplit(e, ONE_FILE_A_POST))).containsExactly(201, 201);

        HttpResponse<String> finalAgain = phone.post(e.manifest(), only(e, "submission.xml.enc"), false);
        List<HttpResponse<String>> wholeAgain = phone.submitSplit(e, ONE_FILE_A_POST);

        assertThat(finalAgain.statusCode()).as(finalAgain.body()).isEqualTo(202);
        assertThat(statuses(wholeAgain)).containsExactly(202, 202);
        assertThat(incidents(instanceId(e))).isEqualTo(1);
        assertThat(evidenceTypes(instanceId(e))).containsExactly("image/jpeg");
        assertThat(parts(instanceId(e))).isZero();
    }

    @Test
    void the_parts_of_a_record_never_completed_create_nothing_and_are_deleted_after_a_week() throws Exception {
        CollectPhone.Encrypted e = record("Menaces au village", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO));

        HttpResponse<String> first = phone.post(e.manifest(), only(e, "photo.jpg.enc"), true);
        HttpResponse<String> firstAgain = phone.post(e.manifest(), only(e, "photo.jpg.enc"), true);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(firstAgain.statusCode()).isEqualTo(201);
        assertThat(incidents(instanceId(e))).isZero();
        assertThat(parts(instanceId(e))).isEqualTo(1);
        byte[] kept = app.database().jdbi().withHandle(h -> h.createQuery("SELECT content FROM intake_part WHERE instance_id = :i")
                .bind("i", instanceId(e)).mapTo(byte[].class).one());
        assertThat(kept).isNotEqualTo(e.files().get("photo.jpg.enc"));

        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE intake_part SET received_at = now() - interval '8 days' WHERE instance_id = :i")
                .bind("i", instanceId(e)).execute());
        app.fieldIntake().purgeExpiredParts();

        assertThat(parts(instanceId(e))).isZero();
        assertThat(incidents(instanceId(e))).isZero();
    }

    @Test
    void a_last_post_whose_earlier_parts_are_gone_is_refused_so_the_phone_sends_the_record_whole_again() throws Exception {
        CollectPhone.Encrypted e = record("Enlèvement", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO));
        assertThat(phone.post(e.manifest(), only(e, "photo.jpg.enc"), true).statusCode()).isEqualTo(201);
        app.database().jdbi().useHandle(h -> h.createUpdate("DELETE FROM intake_part WHERE instance_id = :i").bind("i", instanceId(e)).execute());

        HttpResponse<String> last = phone.post(e.manifest(), only(e, "submission.xml.enc"), false);

        assertThat(last.statusCode()).as("never told stored when it is not").isEqualTo(400);
        assertThat(last.body()).contains("photo.jpg.enc").contains("nature=\"error\"");
        assertThat(parts(instanceId(e))).isZero();
        assertThat(incidents(instanceId(e))).isZero();

        HttpResponse<String> whole = phone.post(e.manifest(), e.files(), false);
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(201);
        assertThat(incidents(instanceId(e))).isEqualTo(1);
    }

    @Test
    void a_purge_takes_whole_sets_never_the_old_half_of_a_set_still_arriving() throws Exception {
        CollectPhone.Encrypted e = record("Attaque du poste", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO,
                "second.png", SubmissionMediaTest.png()));
        assertThat(phone.post(e.manifest(), only(e, "photo.jpg.enc"), true).statusCode()).isEqualTo(201);
        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE intake_part SET received_at = now() - interval '8 days' "
                + "WHERE instance_id = :i").bind("i", instanceId(e)).execute());
        assertThat(phone.post(e.manifest(), only(e, "second.png.enc"), true).statusCode()).isEqualTo(201);

        app.fieldIntake().purgeExpiredParts();

        assertThat(parts(instanceId(e))).isEqualTo(2);
        HttpResponse<String> last = phone.post(e.manifest(), only(e, "submission.xml.enc"), false);
        assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
        assertThat(evidenceTypes(instanceId(e))).containsExactly("image/jpeg", "image/png");
    }

    @Test
    void a_manifest_naming_a_file_no_phone_would_write_is_refused_before_anything_is_kept() throws Exception {
        CollectPhone.Encrypted e = record("Noms", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO));
        for (String name : new String[] {"../../etc/passwd", "x".repeat(300) + ".enc", "photo.jpg"}) {
            byte[] manifest = new String(e.manifest(), StandardCharsets.UTF_8).replace("photo.jpg.enc", name).getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> answer = phone.post(manifest, Map.of(name, e.files().get("photo.jpg.enc")), true);

            assertThat(answer.statusCode()).as(name).isEqualTo(400);
            assertThat(answer.body()).as(name).contains("invalides");
        }
        assertThat(parts(instanceId(e))).isZero();
    }

    @Test
    void a_device_revoked_between_two_posts_cannot_complete_its_record() throws Exception {
        EnrolledPhone lost = EnrolledPhone.of(vigie, "Perdu à Kidal", media);
        CollectPhone.Encrypted e = record("Pillage", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO));
        assertThat(lost.phone().post(e.manifest(), only(e, "photo.jpg.enc"), true).statusCode()).isEqualTo(201);
        long device = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM field_device WHERE label = 'Perdu à Kidal'")
                .mapTo(Long.class).one());

        app.fieldDevices().revoke(vigie.principal(Role.ADMINISTRATOR), "127.0.0.1", device);
        HttpResponse<String> last = lost.phone().post(e.manifest(), only(e, "submission.xml.enc"), false);

        assertThat(last.statusCode()).isEqualTo(403);
        assertThat(last.body()).contains("révoqué");
        assertThat(incidents(instanceId(e))).isZero();
    }

    @Test
    void a_tampered_part_fails_the_assembly_cleanly_and_nothing_is_stored() throws Exception {
        CollectPhone.Encrypted e = record("Arrestation", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO));
        Map<String, byte[]> files = new LinkedHashMap<>(e.files());
        byte[] photo = files.get("photo.jpg.enc").clone();
        photo[photo.length / 2] ^= 0x01;
        files.put("photo.jpg.enc", photo);
        long refused = vigie.audited("intake.submission.refused");

        List<HttpResponse<String>> answers = phone.submitSplit(new CollectPhone.Encrypted(e.manifest(), files), ONE_FILE_A_POST);

        assertThat(statuses(answers)).containsExactly(201, 400);
        assertThat(answers.get(1).body()).contains("OpenRosaResponse").contains("nature=\"error\"");
        assertThat(incidents(instanceId(e))).isZero();
        assertThat(parts(instanceId(e))).isZero();
        assertThat(vigie.audited("intake.submission.refused")).isEqualTo(refused + 1);
    }

    @Test
    void a_device_past_its_allowance_of_waiting_parts_gets_an_openrosa_413() throws Exception {
        EnrolledPhone full = EnrolledPhone.of(vigie, "Plein à Ménaka", media);
        long device = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM field_device WHERE label = 'Plein à Ménaka'")
                .mapTo(Long.class).one());
        app.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO intake_part (device_id, instance_id, manifest_sha256, file_name, "
                        + "size, content_sha256, content) VALUES (:d, 'uuid:earlier', repeat('a', 64), 'big.jpg.enc', :s, repeat('b', 64), '\\x00')")
                .bind("d", device).bind("s", SubmissionParts.MAX_PARKED_BYTES).execute());
        CollectPhone.Encrypted e = record("Attaque", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO));

        HttpResponse<String> answer = full.phone().post(e.manifest(), only(e, "photo.jpg.enc"), true);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("nature=\"error\"").contains("100 Mo");
        assertThat(parts(instanceId(e))).isZero();
    }

    @Test
    void a_record_whose_files_together_pass_the_record_limit_is_refused_and_its_parts_let_go() throws Exception {
        EnrolledPhone heavy = EnrolledPhone.of(vigie, "Lourd à Douentza", media);
        long device = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM field_device WHERE label = 'Lourd à Douentza'")
                .mapTo(Long.class).one());
        CollectPhone.Encrypted e = record("Destruction", attachments("photo.jpg", EncryptedSubmissionTest.PHOTO,
                "second.png", SubmissionMediaTest.png()));
        String manifestSha256 = IntakeForm.hex("SHA-256", e.manifest());
        app.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO intake_part (device_id, instance_id, manifest_sha256, file_name, "
                        + "size, content_sha256, content) VALUES (:d, :i, :m, 'second.png.enc', :s, repeat('b', 64), '\\x00')")
                .bind("d", device).bind("i", instanceId(e)).bind("m", manifestSha256).bind("s", SubmissionParts.MAX_RECORD_BYTES).execute());

        HttpResponse<String> answer = heavy.phone().post(e.manifest(), only(e, "photo.jpg.enc"), true);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("nature=\"error\"").contains("64 Mo");
        assertThat(parts(instanceId(e))).isZero();
        assertThat(incidents(instanceId(e))).isZero();
    }

    /**
     * Collect counts the manifest and the files against the announced limit, not the multipart headers around them:
     * a POST budgeted to the byte goes a few hundred bytes over, and is taken.
     */
    @Test
    void a_post_budgeted_to_the_announced_limit_is_taken_though_its_multipart_headers_pass_it() throws Exception {
        long limit = OpenRosa.ACCEPT_CONTENT_LENGTH;
        CollectPhone.Encrypted sized = record("Exécutions", attachments("photo.jpg", EncryptedSubmissionTest.jpeg(10 * 1024 * 1024 - 1),
                "second.jpg", EncryptedSubmissionTest.jpeg(16)));
        long room = limit - sized.manifest().length - sized.files().get("photo.jpg.enc").length;
        // AES pads to the next block: a clear file of 16k - 1 bytes encrypts to 16k.
        CollectPhone.Encrypted e = record("Exécutions", attachments("photo.jpg", EncryptedSubmissionTest.jpeg(10 * 1024 * 1024 - 1),
                "second.jpg", EncryptedSubmissionTest.jpeg((int) (room / 16 * 16 - 1))));
        long counted = e.manifest().length + e.files().get("photo.jpg.enc").length + e.files().get("second.jpg.enc").length;

        List<HttpResponse<String>> answers = phone.submitSplit(e, limit);

        assertThat(counted).isBetween(limit - 16, limit);
        assertThat(statuses(answers)).as(answers.get(0).body()).containsExactly(201, 201);
        assertThat(evidenceTypes(instanceId(e))).containsExactly("image/jpeg", "image/jpeg");
    }
}

package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;

/**
 * What phones really attach to a record, sent encrypted over the OpenRosa Form Submission API: recordings as
 * recent ODK Collect makes them (AAC in an MP4 container, named {@code .m4a}, under the brand {@code isom}) and as
 * older phones do ({@code .amr}, {@code .3gp}), several photos, a file whose content is not what its name says, a
 * file the record names but the request lacks; and a full disk. Each refusal is an OpenRosa message naming the
 * file, stores nothing and is audited.
 */
class SubmissionMediaTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    @TempDir
    static Path media;
    static App app;
    static CollectPhone phone;
    static CollectPhone.Form form;

    @BeforeAll
    static void enrol() throws Exception {
        app = vigie.app();
        EnrolledPhone enrolled = EnrolledPhone.of(vigie, "Ségou 1", media);
        phone = enrolled.phone();
        form = enrolled.form();
    }

    /** A record filled in JavaRosa with a photo, its audio answer set to {@code audio} (none if null). */
    static EncryptedSubmissionTest.Filled fill(String title, String audio) throws Exception {
        JavaRosaForm engine = new JavaRosaForm(form.xml(), media, "Français (fr)");
        String xml = new String(new MonitorRecord("Aminata Diallo", title, true).fill(engine), StandardCharsets.UTF_8);
        if (audio != null) {
            assertThat(xml).contains("<audio />");
            xml = xml.replace("<audio />", "<audio>" + audio + "</audio>");
        }
        return new EncryptedSubmissionTest.Filled(engine.instanceId(), xml.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(EncryptedSubmissionTest.Filled r, Map<String, byte[]> attachments) throws Exception {
        CollectPhone.Encrypted e = CollectPhone.encrypt(form, r.instanceId(), r.xml(), attachments);
        return phone.submit(e.manifest(), e.files());
    }

    static List<String> evidenceTypes(String instanceId) {
        long id = app.observatory().idOf(Origin.ODK, instanceId).orElseThrow();
        return app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT content_type FROM incident_evidence WHERE incident_id = :id ORDER BY content_type").bind("id", id).mapTo(String.class).list());
    }

    static boolean stored(String instanceId) {
        return app.observatory().idOf(Origin.ODK, instanceId).isPresent();
    }

    static long refusals() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_entry WHERE action = 'intake.submission.refused'")
                .mapTo(Long.class).one());
    }

    /** An ISO base media box: its size, its type, its contents. */
    static byte[] box(String type, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] c : contents) {
            body.writeBytes(c);
        }
        int size = 8 + body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size});
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /**
     * A recording as Android's MediaRecorder writes it (MPEG_4 output, AAC): brand {@code isom} as a video's, one
     * track whose handler is {@code soun}; the media data before the movie box, as the recorder writes it.
     */
    static byte[] androidRecording(String brand, String handler) {
        byte[] ftyp = box("ftyp", brand.getBytes(StandardCharsets.US_ASCII), new byte[4], brand.getBytes(StandardCharsets.US_ASCII),
                "mp42".getBytes(StandardCharsets.US_ASCII));
        byte[] mdat = box("mdat", new byte[4096]);
        byte[] hdlr = box("hdlr", new byte[8], handler.getBytes(StandardCharsets.US_ASCII), new byte[12], new byte[] {0});
        byte[] moov = box("moov", box("mvhd", new byte[100]), box("trak", box("tkhd", new byte[84]), box("mdia", box("mdhd", new byte[24]), hdlr)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ftyp);
        out.writeBytes(mdat);
        out.writeBytes(moov);
        return out.toByteArray();
    }

    static byte[] amr() {
        byte[] b = new byte[2048];
        byte[] magic = "#!AMR\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static byte[] png() {
        byte[] b = new byte[1024];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    @Test
    void a_recording_from_recent_odk_collect_is_kept_as_audio_beside_its_photo() throws Exception {
        var r = fill("Attaque du puits", "1733580000000.m4a");

        HttpResponse<String> response = send(r, Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO, "1733580000000.m4a",
                androidRecording("isom", "soun")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(evidenceTypes(r.instanceId())).containsExactly("audio/mp4", "image/jpeg");
    }

    @Test
    void recordings_of_older_phones_amr_and_3gp_are_accepted() throws Exception {
        var amr = fill("Menaces au marché", "1733580000001.amr");
        var threeGp = fill("Menaces à l’école", "1733580000002.3gp");

        HttpResponse<String> first = send(amr, Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO, "1733580000001.amr", amr()));
        HttpResponse<String> second = send(threeGp, Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO, "1733580000002.3gp",
                androidRecording("3gp4", "soun")));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(evidenceTypes(amr.instanceId())).containsExactly("audio/amr", "image/jpeg");
        assertThat(evidenceTypes(threeGp.instanceId())).containsExactly("audio/3gpp", "image/jpeg");
    }

    @Test
    void several_photos_are_all_kept_as_evidence() throws Exception {
        var r = fill("Destruction de maisons", null);

        HttpResponse<String> response = send(r, Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO, "second.png", png(),
                "third.jpg", EncryptedSubmissionTest.jpeg(2048)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(evidenceTypes(r.instanceId())).containsExactly("image/jpeg", "image/jpeg", "image/png");
    }

    @Test
    void a_video_sent_as_the_audio_answer_is_refused_naming_the_file() throws Exception {
        var r = fill("Incendie du grenier", "clip.m4a");
        long before = refusals();

        HttpResponse<String> response = send(r, Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO, "clip.m4a", androidRecording("isom", "vide")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("nature=\"error\"").contains("clip.m4a").contains("M4A (AAC)");
        assertThat(stored(r.instanceId())).isFalse();
        assertThat(refusals()).isEqualTo(before + 1);
    }

    @Test
    void a_file_whose_content_is_not_what_its_name_says_is_refused() throws Exception {
        var r = fill("Enlèvement sur la route", "note.m4a");

        HttpResponse<String> response = send(r, Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO,
                "note.m4a", "just text, named as a recording".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("note.m4a");
        assertThat(stored(r.instanceId())).isFalse();
    }

    @Test
    void a_photo_answer_holding_a_recording_is_refused() throws Exception {
        var r = fill("Pillage du bétail", null);

        HttpResponse<String> response = send(r, Map.of("photo.jpg", amr()));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("photo.jpg");
        assertThat(stored(r.instanceId())).isFalse();
    }

    @Test
    void a_file_the_record_names_but_nobody_sent_is_refused() throws Exception {
        var r = fill("Arrestation arbitraire", "missing.m4a");

        HttpResponse<String> response = send(r, Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("missing.m4a").contains("n’a pas été envoyé");
        assertThat(stored(r.instanceId())).isFalse();
    }

    /**
     * A POST lacking a file the manifest names, without Collect's {@code *isIncomplete*}, is refused naming the file:
     * only a flagged POST is a part of a split record (SplitSubmissionTest), and the phone keeps the record.
     */
    @Test
    void a_file_the_manifest_announces_but_an_unflagged_request_lacks_is_refused() throws Exception {
        var r = fill("Coups et blessures", null);
        CollectPhone.Encrypted e = CollectPhone.encrypt(form, r.instanceId(), r.xml(), Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO));
        Map<String, byte[]> files = new LinkedHashMap<>(e.files());
        files.remove("photo.jpg.enc");

        HttpResponse<String> response = phone.submit(e.manifest(), files);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("photo.jpg.enc");
        assertThat(stored(r.instanceId())).isFalse();
    }

    /**
     * A Vigie whose disk reserve is larger than the disk: every write is refused. The phone gets a 507 with an
     * OpenRosa message telling it to send again later, before its body is read; nothing is stored.
     */
    @Test
    void on_a_full_disk_a_submission_gets_an_openrosa_507_and_nothing_is_stored(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir);
        Config full = Config.of(dir.resolve("data"), "localhost", 0, false, Map.of()).withDiskReserve(Long.MAX_VALUE / 4);
        try (App small = App.create(full).start()) {
            var admin = TestApp.account(small, "admin", Role.ADMINISTRATOR);
            TestApp.account(small, "monitor", Role.MONITOR);
            String token = small.fieldDevices().enrol(admin.principal(), "127.0.0.1", "monitor", "Mopti 4").token();
            CollectPhone fullPhone = new CollectPhone(TestApp.base(small) + "/odk/key/" + token);
            CollectPhone.Form f = fullPhone.download();
            var r = fill("Attaque", null);
            CollectPhone.Encrypted e = CollectPhone.encrypt(f, r.instanceId(), r.xml(), Map.of("photo.jpg", EncryptedSubmissionTest.PHOTO));

            HttpResponse<String> response = fullPhone.submit(e.manifest(), e.files());

            assertThat(response.statusCode()).isEqualTo(507);
            assertThat(response.headers().firstValue("X-OpenRosa-Version")).contains("1.0");
            assertThat(response.body()).contains("OpenRosaResponse").contains("disque").contains("renvoyez-la plus tard");
            assertThat(small.observatory().idOf(Origin.ODK, r.instanceId())).isEmpty();
        }
    }
}

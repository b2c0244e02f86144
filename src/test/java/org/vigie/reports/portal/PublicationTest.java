package org.vigie.reports.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.tracker.recommendations.Status;

/**
 * The one-way publication as a whole: a snapshot stored once per content and audited, the site the server
 * serves being byte for byte the folder {@code publish --out} writes, verifiable, pointing nowhere, naming no
 * one, with the public summary of a validated report and never the report itself.
 */
class PublicationTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static final String REPORT_TEXT = "ZQ-INTERNAL-REPORT-5521 : le témoin Moussa a été entendu.";
    static final String PUBLIC_SUMMARY = "Loi sur la protection des témoins promulguée en 2025.";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static App app;
    static Publisher.Publication first;

    @TempDir
    Path out;

    @BeforeAll
    static void record() {
        app = vigie.app();
        StatisticsFixture.insertObservatory(app);
        StatisticsFixture.insertSchools(app);
        StatisticsFixture.insertFollowUp(app);
        Principal fp = TestApp.account(app, "fp-pub", Role.FOCAL_POINT).principal();
        Principal validator = TestApp.account(app, "val-pub", Role.VALIDATOR).principal();
        long r2 = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM recommendation WHERE reference = 'FIX#R2'")
                .mapTo(Long.class).one());
        long report = app.followUp().submit(fp, "127.0.0.1", r2, REPORT_TEXT, Status.IMPLEMENTED, PUBLIC_SUMMARY);
        app.followUp().decide(validator, "127.0.0.1", report, true, null);
        first = app.publisher().publish("analyst-pub", "manual");
    }

    @Test
    void a_snapshot_is_stored_once_per_content_with_its_author_and_trigger_and_audited_once() {
        Publisher.Publication now = app.publisher().publish("schedule", "schedule");
        Publisher.Publication again = app.publisher().publish("schedule", "schedule");
        assertThat(again.changed()).isFalse();
        assertThat(again.id()).isEqualTo(now.id());
        assertThat(again.digest()).isEqualTo(now.digest());
        SnapshotStore.Stored stored = app.publisher().history(100).stream().filter(s -> s.id() == first.id()).findFirst().orElseThrow();
        assertThat(stored.madeBy()).isEqualTo("analyst-pub");
        assertThat(stored.trigger()).isEqualTo("manual");
        long audited = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_entry WHERE action = 'publication.made' AND target = :t")
                .bind("t", "publication:" + now.id()).mapTo(Long.class).one());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void verifying_an_incident_publishes_soon_after_in_the_analyst_s_name() throws Exception {
        app.publisher().afterVerification(Duration.ofMillis(200));
        Principal analyst = new Principal(1, "analyst-verifies", Role.ANALYST, null);
        long id = app.database().jdbi().inTransaction(h -> {
            long i = StatisticsFixture.incident(h, "pending_verification", "2025-08-08", "ML0502");
            StatisticsFixture.act(h, i, StatisticsFixture.KILLING, 40);
            return i;
        });
        long before = app.publisher().history(1).get(0).id();
        app.verification().verify(analyst, "127.0.0.1", id);
        SnapshotStore.Stored latest = within(Duration.ofSeconds(10), () -> app.publisher().history(1).get(0), s -> s.id() != before,
                "a new snapshot");
        assertThat(latest.trigger()).isEqualTo("verification");
        assertThat(latest.madeBy()).isEqualTo("analyst-verifies");
        // The portal serves it within its one-second look at the database.
        Thread.sleep(1100);
        assertThat(app.portal().site().snapshotId()).isEqualTo(latest.id());
    }

    @Test
    void the_server_serves_byte_for_byte_the_folder_publish_writes_and_the_folder_verifies() throws Exception {
        PortalSite site = app.portal().site();
        site.writeTo(out);
        assertThat(SiteManifest.verify(out, app.portal().publicKey())).isEmpty();
        int compared = 0;
        for (PortalSite.SiteFile f : site.files().values()) {
            HttpResponse<byte[]> r = get("/public/" + f.path(), null);
            assertThat(r.statusCode()).as(f.path()).isEqualTo(200);
            assertThat(r.body()).as(f.path()).isEqualTo(Files.readAllBytes(out.resolve(f.path())));
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
        Files.writeString(out.resolve("en/index.html"), "<h1>Nothing happened</h1>");
        assertThat(SiteManifest.verify(out, app.portal().publicKey())).containsExactly("changed: en/index.html");
    }

    @Test
    void files_are_cached_by_etag_and_the_portal_sets_no_cookie() throws Exception {
        HttpResponse<byte[]> page = get("/public/fr/index.html", null);
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get("/public/fr/index.html", etag).statusCode()).isEqualTo(304);
        assertThat(get("/public/fr/no-such-page.html", null).statusCode()).isEqualTo(404);
        assertThat(get("/public/../keys/publication-signing.json", null).statusCode()).isIn(400, 404);
    }

    @Test
    void nothing_in_the_site_points_back_to_a_server_or_names_a_place_a_school_a_victim_or_a_report() {
        Pattern link = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");
        Map<String, PortalSite.SiteFile> files = app.portal().site().files();
        for (PortalSite.SiteFile f : files.values()) {
            String text = new String(f.bytes(), StandardCharsets.UTF_8);
            assertThat(text).as(f.path())
                    .doesNotContain(StatisticsFixture.SECRET_TITLE, StatisticsFixture.SECRET_LOCALITY, StatisticsFixture.SECRET_DESCRIPTION)
                    .doesNotContain("École de Bandiagara", "École de Kayes", "V-0000", "ZQ-INTERNAL-REPORT", "fixture", "fp-pub", "val-pub")
                    .doesNotContain("localhost", "127.0.0.1", "_csrf");
            if (!f.path().endsWith(".html")) {
                continue;
            }
            Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("#")) {
                    continue;
                }
                assertThat(target).as("a link in %s", f.path()).doesNotStartWith("/").doesNotContain("://");
                String resolved = URI.create("http://portal/" + f.path()).resolve(target.replaceAll("#.*", "")).getPath().substring(1);
                assertThat(files).as("%s links to %s", f.path(), target).containsKey(resolved);
            }
        }
    }

    @Test
    void a_validated_report_shows_its_public_summary_and_its_status_on_the_recommendations_page() {
        Snapshot s = first.snapshot();
        Snapshot.PublicRecommendation r2 = s.recommendations().stream().filter(r -> r.reference().equals("FIX#R2")).findFirst().orElseThrow();
        assertThat(r2.status()).isEqualTo("implemented");
        String page = new String(app.portal().site().file("fr/recommendation-" + r2.id() + ".html").orElseThrow().bytes(),
                StandardCharsets.UTF_8);
        assertThat(page).contains(PUBLIC_SUMMARY).contains("DNDH");
    }

    @Test
    void the_downloads_are_csv_with_hxl_hashtags_and_one_json_of_the_whole_snapshot() throws Exception {
        Map<String, PortalSite.SiteFile> files = app.portal().site().files();
        String hxl = new String(files.get("data/2025/victims.by_region.hxl.csv").bytes(), StandardCharsets.UTF_8);
        List<String> lines = hxl.lines().toList();
        assertThat(lines.get(1)).startsWith("#date+year,").contains("#adm1+code", "#adm1+name", "#affected", "#meta+suppression");
        String wide = new String(files.get("data/2025/victims.by_group.hxl.csv").bytes(), StandardCharsets.UTF_8);
        assertThat(wide.lines().toList().get(1)).contains("#affected+f", "#affected+m", "#affected+children");
        JsonNode json = new ObjectMapper().readTree(files.get("data/snapshot.json").bytes());
        assertThat(json.get("years").isArray()).isTrue();
        assertThat(json.toString()).doesNotContain(StatisticsFixture.SECRET_LOCALITY, "École de");
        String recommendations = new String(files.get("data/recommendations.hxl.csv").bytes(), StandardCharsets.UTF_8);
        assertThat(recommendations.lines().toList().get(1)).startsWith("#meta+id,");
        assertThat(recommendations).contains("R1", "R2", "R3");
    }

    private static HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestApp.base(app) + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

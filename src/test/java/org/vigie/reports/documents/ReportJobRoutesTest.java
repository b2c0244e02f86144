package org.vigie.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.security.Role;
import org.vigie.support.NodeCluster;
import org.vigie.support.WebClient;

/**
 * The report page's downloads go through the job table: the form queues a job on one node, the other node shows
 * its page (progress, then the download, with or without JavaScript) and hands the file over once, to its owner
 * or an administrator only.
 */
class ReportJobRoutesTest {
    static final String QUERY = "?from=2025-01-01&to=2025-12-31&lang=fr";
    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(2);

    @BeforeAll
    static void data() {
        StatisticsFixture.insertObservatory(cluster.node(0));
        cluster.account("awa", Role.ANALYST);
        cluster.account("ibrahim", Role.ANALYST);
        cluster.account("admin-reports", Role.ADMINISTRATOR);
        cluster.account("observer-reports", Role.OBSERVER);
    }

    /** Posts the page's form as a browser does, from the page on node {@code i}; returns the job's address. */
    static String queue(WebClient web, String format, String region) {
        assertThat(web.get("/reports" + QUERY).statusCode()).isEqualTo(200);
        HttpResponse<String> posted = web.post(ReportRoutes.JOBS, "from", "2025-01-01", "to", "2025-12-31", "region", region,
                "theme", "", "lang", "fr", "format", format);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String job = posted.headers().firstValue("Location").orElseThrow();
        assertThat(job).startsWith(ReportRoutes.JOBS + "/");
        return job;
    }

    /** Reads the job's page as a browser without JavaScript does, following its refresh, until it offers the file. */
    static String ready(WebClient web, String job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> page = web.get(job);
            assertThat(page.statusCode()).isEqualTo(200);
            if (!page.body().contains("id=\"report-progress\"")) {
                return page.body();
            }
            assertThat(page.body()).contains("http-equiv=\"refresh\"").contains("hx-trigger=\"every 1s\"")
                    .containsAnyOf("Le rapport attend", "en cours de génération");
            Thread.sleep(100);
        }
        throw new AssertionError("the report was not generated");
    }

    @Test
    void a_report_queued_on_one_node_is_shown_and_handed_over_once_on_the_other() throws Exception {
        WebClient onA = cluster.web(0, "awa");
        String job = queue(onA, "pdf", "");
        WebClient onB = cluster.web(1, "awa");

        HttpResponse<String> fragment = onB.getHtmx(job + "/progress", "report-progress");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"report-progress\"");
        String page = ready(onB, job);
        assertThat(page).contains("Le rapport est prêt").contains(job + "/file").contains("vigie-report-2025-01-01-2025-12-31-fr.pdf");
        HttpResponse<String> ended = onB.getHtmx(job + "/progress", "report-progress");
        assertThat(ended.headers().firstValue("HX-Redirect")).as("htmx is sent to the page once it has ended").contains(job);

        WebClient other = cluster.web(1, "ibrahim");
        assertThat(other.get(job).statusCode()).as("another analyst: as a missing job").isEqualTo(404);
        assertThat(other.get(job + "/progress").statusCode()).isEqualTo(404);
        assertThat(other.get(job + "/file").statusCode()).isEqualTo(404);
        assertThat(other.get(ReportRoutes.JOBS + "/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);

        HttpResponse<String> file = onB.get(job + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("vigie-report-2025-01-01-2025-12-31-fr.pdf");
        assertThat(file.body()).startsWith("%PDF");
        assertThat(onA.get(job + "/file").statusCode()).as("deleted once handed over").isEqualTo(404);
        assertThat(onA.get(job).statusCode()).as("the job's page stays").isEqualTo(200);
    }

    @Test
    void the_file_is_kept_encrypted_with_the_job_until_an_administrator_fetches_it() throws Exception {
        WebClient owner = cluster.web(0, "awa");
        String job = queue(owner, "docx", "ML05");
        ready(owner, job);
        String token = job.substring(job.lastIndexOf('/') + 1);
        Jdbi db = Jdbi.create(cluster.jdbcUrl(), "postgres", "");
        byte[] stored = db.withHandle(h -> h.createQuery("SELECT o.content FROM job_output o JOIN job j ON j.id = o.id WHERE j.token = :t")
                .bind("t", token).mapTo(byte[].class).one());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("not the DOCX's zip in clear").doesNotStartWith("PK");

        HttpResponse<String> file = cluster.web(1, "admin-reports").get(job + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(ReportRoutes.DOCX);
        assertThat(file.body()).startsWith("PK");
        int left = db.withHandle(h -> h.createQuery("SELECT count(*) FROM job_output o JOIN job j ON j.id = o.id WHERE j.token = :t")
                .bind("t", token).mapTo(Integer.class).one());
        assertThat(left).as("deleted once fetched").isZero();
    }

    @Test
    void the_form_is_refused_without_its_token_with_a_bad_field_or_to_an_observer() {
        WebClient analyst = cluster.web(0, "awa");
        analyst.get("/reports" + QUERY);
        assertThat(analyst.postRaw(ReportRoutes.JOBS, Map.of("from", "2025-01-01", "to", "2025-12-31", "lang", "fr", "format", "pdf"))
                .statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> format = analyst.post(ReportRoutes.JOBS, "from", "2025-01-01", "to", "2025-12-31", "lang", "fr", "format", "odt");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("Format inconnu « odt »");
        HttpResponse<String> region = analyst.post(ReportRoutes.JOBS, "from", "2025-01-01", "to", "2025-12-31", "lang", "fr",
                "region", "ML0501", "format", "pdf");
        assertThat(region.statusCode()).isEqualTo(400);
        assertThat(region.body()).contains("ML01 à ML09");

        WebClient observer = cluster.web(1, "observer-reports");
        observer.get("/");
        assertThat(observer.post(ReportRoutes.JOBS, "from", "2025-01-01", "to", "2025-12-31", "lang", "fr", "format", "pdf").statusCode())
                .isEqualTo(403);
    }
}

package org.vigie.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.files.ImportJobRoutes;
import org.vigie.security.Role;
import org.vigie.support.GeneratedUhri;
import org.vigie.support.ImportJobPages;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** A large list posted from the tracker's page is imported in the background, its progress shown to its owner alone. */
class TrackerImportJobTest {
    private static final int ROWS = 2_000;
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "aminata", Role.ANALYST);
        TestApp.account(app, "moussa", Role.ANALYST);
    }

    private static WebClient loggedIn(String username) {
        WebClient web = new WebClient(TestApp.base(app));
        web.login(username, TestApp.PASSWORD);
        web.get("/tracker");
        return web;
    }

    /** Posts {@code csv}; the answer is a redirect to the job's page. */
    private static String posted(WebClient web, byte[] csv) {
        assertThat((long) csv.length).as("large enough for a job").isGreaterThan(ImportJobRoutes.INLINE_BYTES);
        return ImportJobPages.location(web.postMultipart("/tracker/import", "file", "uhri.csv", csv), "/tracker/import");
    }

    private static long recommendations() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM recommendation").mapTo(Long.class).one());
    }

    @Test
    void a_large_list_is_imported_by_a_job_whose_page_ends_with_the_counts() throws Exception {
        WebClient aminata = loggedIn("aminata");
        String job = posted(aminata, GeneratedUhri.csv(ROWS));
        HttpResponse<String> fragment = aminata.get(job + "/progress");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body().getBytes(StandardCharsets.UTF_8).length).as("tiny, for a 2G phone").isLessThan(600);
        HttpResponse<String> result = ImportJobPages.ended(aminata, job);
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        assertThat(result.body()).contains("class=\"notice\"");
        assertThat(result.body().replaceAll("[\\s\u00a0\u202f]", "")).contains("2000recommandationslues:2000ajoutées");
        assertThat(aminata.get(job + "/progress").headers().firstValue("HX-Redirect")).contains(job);
    }

    @Test
    void a_bad_row_in_a_large_list_refuses_it_whole_through_the_job_and_names_its_line() throws Exception {
        long before = recommendations();
        WebClient aminata = loggedIn("aminata");
        String job = posted(aminata, GeneratedUhri.csv(ROWS, ROWS - 10));
        HttpResponse<String> result = ImportJobPages.ended(aminata, job);
        assertThat(result.statusCode()).isEqualTo(400);
        assertThat(result.body()).contains("class=\"error-summary\"").contains("href=\"#file\"").contains("line " + GeneratedUhri.line(ROWS - 10) + ", column UPR Position").contains("UPR Position");
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void another_user_cannot_read_my_job_or_its_progress() throws Exception {
        WebClient aminata = loggedIn("aminata");
        String job = posted(aminata, GeneratedUhri.csv(ROWS, 5));
        WebClient moussa = loggedIn("moussa");
        assertThat(moussa.get(job).statusCode()).isEqualTo(404);
        assertThat(moussa.get(job + "/progress").statusCode()).isEqualTo(404);
        ImportJobPages.ended(aminata, job);
    }
}

package org.vigie.observatory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.files.ImportJobRoutes;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.security.Role;
import org.vigie.support.ImportJobPages;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** A large export posted from the import page is imported in the background, as the tracker's lists are. */
class IncidentImportJobTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "analyst", Role.ANALYST);
    }

    private static long incidents(Origin origin) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM incident WHERE origin = :o")
                .bind("o", origin.code()).mapTo(Long.class).one());
    }

    @Test
    void a_large_export_posted_from_the_page_is_imported_by_a_job_that_ends_with_the_counts() throws Exception {
        String file = new String(IncidentImportsTest.acled(), StandardCharsets.UTF_8);
        int header = file.indexOf('\n') + 1;
        StringBuilder csv = new StringBuilder(file.substring(0, header));
        for (int i = 0; i < 300; i++) {
            csv.append(file.substring(header).replaceAll("MLI9(\\d{4})", "MLI" + (500 + i) + "$1"));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) bytes.length).isGreaterThan(ImportJobRoutes.INLINE_BYTES);
        WebClient analyst = new WebClient(TestApp.base(app));
        analyst.login("analyst", TestApp.PASSWORD);
        analyst.get("/incidents/import");
        String job = ImportJobPages.location(analyst.postMultipart("/incidents/import", "file", "acled-large.csv", bytes), "/incidents/import");
        var result = ImportJobPages.ended(analyst, job);
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        assertThat(result.body()).contains("incidents ajoutés");
        assertThat(incidents(Origin.ACLED)).isEqualTo(300L * app.incidentImports().read(IncidentImportsTest.acled(), "acled.csv", null).incidents().size());
    }
}

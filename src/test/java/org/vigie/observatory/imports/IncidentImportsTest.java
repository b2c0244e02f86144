package org.vigie.observatory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** Importing ACLED exports and ODK submissions stores incidents and victims whole, once, or nothing at all. */
class IncidentImportsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static final Principal ANALYST = new Principal(1, "analyst", Role.ANALYST, null);

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "analyst", Role.ANALYST);
        TestApp.account(app, "observer", Role.OBSERVER);
    }

    static byte[] acled() throws IOException {
        try (InputStream in = IncidentImportsTest.class.getResourceAsStream("/observatory/acled-mali-synthetic.csv")) {
            return in.readAllBytes();
        }
    }

    private static long incidents(Origin origin) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM incident WHERE origin = :o")
                .bind("o", origin.code()).mapTo(Long.class).one());
    }

    private static long victims() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM victim").mapTo(Long.class).one());
    }

    @Test
    void an_acled_export_is_stored_and_importing_it_again_changes_nothing() throws Exception {
        IncidentImports imports = app.incidentImports();
        IncidentImports.Outcome first = imports.importFile(acled(), "acled.csv", null, ANALYST, "127.0.0.1");
        assertThat(first.added()).isPositive().isEqualTo(first.read().incidents().size());
        assertThat(incidents(Origin.ACLED)).isEqualTo(first.added());
        IncidentImports.Outcome again = imports.importFile(acled(), "acled.csv", "acled", ANALYST, "127.0.0.1");
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(first.added());
        assertThat(incidents(Origin.ACLED)).isEqualTo(first.added());
    }

    @Test
    void odk_submissions_bring_their_victims_with_them_once() {
        long before = victims();
        IncidentImports.Outcome o = app.incidentImports().importFile(OdkFiles.centralZip(), "vigie_incident.zip", null, ANALYST, "127.0.0.1");
        assertThat(o.added()).isEqualTo(2);
        assertThat(o.victims()).isEqualTo(3);
        assertThat(victims()).isEqualTo(before + 3);
        IncidentImports.Outcome again = app.incidentImports().importFile(OdkFiles.centralZip(), "vigie_incident.zip", null, ANALYST, "127.0.0.1");
        assertThat(again.victims()).isZero();
        assertThat(victims()).isEqualTo(before + 3);
    }

    @Test
    void a_file_with_one_bad_line_writes_nothing_and_names_the_line() throws Exception {
        String csv = new String(acled(), StandardCharsets.UTF_8).replace("MLI90001,2024-03-15", "MLI99999,2024-13-45");
        long before = incidents(Origin.ACLED);
        Throwable refused = catchThrowable(() -> app.incidentImports().importFile(csv.getBytes(StandardCharsets.UTF_8), "bad.csv",
                "acled", ANALYST, "127.0.0.1"));
        assertThat(refused).isInstanceOf(InvalidInput.class);
        assertThat(((InvalidInput) refused).field()).startsWith("line 2");
        assertThat(incidents(Origin.ACLED)).isEqualTo(before);
    }

    @Test
    void an_analyst_imports_through_the_page_and_an_observer_may_not() throws Exception {
        WebClient analyst = new WebClient(TestApp.base(app));
        analyst.login("analyst", TestApp.PASSWORD);
        assertThat(analyst.get("/incidents/import").body()).contains("enctype=\"multipart/form-data\"");
        var r = analyst.postMultipart("/incidents/import", "file", "acled.csv", acled());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).containsPattern("incidents? ajoutés?");
        WebClient observer = new WebClient(TestApp.base(app));
        observer.login("observer", TestApp.PASSWORD);
        assertThat(observer.get("/incidents/import").statusCode()).isEqualTo(403);
    }
}

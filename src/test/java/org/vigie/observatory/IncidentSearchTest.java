package org.vigie.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.search.SearchHit;
import org.vigie.search.SearchQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Incidents in search: found by words and place names; restricted ones only by administrators and analysts; never by focal points. */
class IncidentSearchTest {
    @TempDir
    static Path dir;
    static App app;
    static long open;
    static long restricted;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        open = app.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 1, 5), Drafts.SUMMARY_EXECUTION), "m", "ip");
        restricted = app.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 1, 6), Drafts.RAPE), "m", "ip");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static List<String> found(String text, Role role) {
        return app.search().search(SearchQuery.of(text).ofKind("incident"), new Principal(9, "x", role, 1L)).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void an_incident_is_found_by_the_name_of_its_cercle() {
        assertThat(found("Bandiagara", Role.OBSERVER)).contains(Long.toString(open));
    }

    @Test
    void a_restricted_incident_is_found_only_by_the_roles_always_in_the_restricted_view() {
        assertThat(found("marché", Role.ANALYST)).contains(Long.toString(open), Long.toString(restricted));
        assertThat(found("marché", Role.ADMINISTRATOR)).contains(Long.toString(restricted));
        assertThat(found("marché", Role.MONITOR)).containsExactly(Long.toString(open));
        // Observers search coded text only (FreeTextDisclosureTest): the cercle, not the title's "marché".
        assertThat(found("Bandiagara", Role.OBSERVER)).contains(Long.toString(open)).doesNotContain(Long.toString(restricted));
    }

    @Test
    void focal_points_and_validators_find_no_incident() {
        assertThat(found("marché", Role.FOCAL_POINT)).isEmpty();
        assertThat(found("marché", Role.VALIDATOR)).isEmpty();
    }

    @Test
    void a_rebuild_gives_the_same_documents() {
        app.search().rebuild(app.searchSources());
        assertThat(found("marché", Role.MONITOR)).containsExactly(Long.toString(open));
        assertThat(found("Bandiagara", Role.OBSERVER)).contains(Long.toString(open)).doesNotContain(Long.toString(restricted));
    }
}

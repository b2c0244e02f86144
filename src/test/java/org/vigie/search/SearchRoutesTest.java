package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** Search through the real server: both languages, and only what the caller's role may see. */
class SearchRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static String adminToken;
    static String observerToken;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        var admin = TestApp.account(app, "admin", Role.ADMINISTRATOR);
        var observer = TestApp.account(app, "observer", Role.OBSERVER);
        adminToken = app.authentication().createToken(admin.principal(), "t", "127.0.0.1").value();
        observerToken = app.authentication().createToken(observer.principal(), "t", "127.0.0.1").value();
    }

    /** A document no capability rebuilds yet: indexed by each test that needs it, as a rebuild drops it. */
    private static void indexNote() {
        app.search().index(new SearchDocument("note", "1", "Exécutions sommaires à Moura",
                "Des exécutions sommaires de civils ont été signalées.", "fr", "/notes/1",
                Set.of(Role.ANALYST, Role.ADMINISTRATOR, Role.OBSERVER), null, java.time.Instant.now()));
    }

    @Test
    void executions_without_accent_finds_the_french_text() {
        indexNote();
        var r = new ApiClient(TestApp.base(app), observerToken).get("/api/v1/search?q=executions");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"total\":1").contains("Exécutions sommaires à Moura");
    }

    @Test
    void an_observer_does_not_find_accounts_that_an_administrator_finds() {
        assertThat(new ApiClient(TestApp.base(app), adminToken).get("/api/v1/search?q=observer").body()).contains("\"total\":1");
        assertThat(new ApiClient(TestApp.base(app), observerToken).get("/api/v1/search?q=observer").body()).contains("\"total\":0");
    }

    @Test
    void the_search_page_shows_highlighted_results_and_escapes_the_query() {
        indexNote();
        WebClient c = new WebClient(TestApp.base(app));
        c.login("admin", TestApp.PASSWORD);
        var r = c.get("/search?q=" + java.net.URLEncoder.encode("exécution <script>", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>").contains("&lt;script&gt;");
        var hit = c.get("/search?q=executions");
        assertThat(hit.body()).contains("<mark>");
    }

    @Test
    void a_rebuild_from_the_database_gives_back_every_account() {
        var r = new ApiClient(TestApp.base(app), adminToken).post("/api/v1/search/reindex", "");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"account\":2");
        assertThat(new ApiClient(TestApp.base(app), adminToken).get("/api/v1/search?q=admin").body()).contains("\"total\":1");
    }
}

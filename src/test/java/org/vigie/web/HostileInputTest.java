package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * What a client can send wrong is a 400 that names the field in the caller's language, never a 500 nor
 * the internals of a library; and no {@code next} takes a person to another site.
 */
class HostileInputTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        var admin = TestApp.account(app, "amina", Role.ADMINISTRATOR);
        token = app.authentication().createToken(admin.principal(), "t", "127.0.0.1").value();
        app.search().index(new org.vigie.search.SearchDocument("note", "1", "Le an de la ville à Mopti",
                "Il y a eu un an de ça, à la ville de Mopti, et le bus a pu passer.", "fr", "/notes/1",
                java.util.Set.of(Role.ADMINISTRATOR), null, java.time.Instant.now()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\\evil.example", "//evil.example", "https://evil.example", "/%5cevil.example", "/%5Cevil.example",
            "/%2F/evil.example", "/%252F/evil.example", "/\t/evil.example", "/\n/evil.example", "\t//evil.example",
            "/\\/evil.example", "http:/evil.example", " //evil.example", "/\u3000/evil.example", "evil.example"})
    void choosing_a_language_never_redirects_to_another_site(String next) {
        WebClient c = new WebClient(TestApp.base(app));
        c.get("/login");
        var r = c.post("/lang", "lang", "en", "next", next);
        assertThat(r.statusCode()).isBetween(300, 399);
        assertThat(r.headers().firstValue("Location")).hasValue("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\\evil.example", "//evil.example", "/%5cevil.example", "/\t/evil.example"})
    void logging_in_never_redirects_to_another_site(String next) {
        WebClient c = new WebClient(TestApp.base(app));
        c.get("/login");
        var r = c.post("/login", "username", "amina", "password", TestApp.PASSWORD, "next", next);
        assertThat(r.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void a_local_next_is_still_followed() {
        WebClient c = new WebClient(TestApp.base(app));
        c.get("/login");
        assertThat(c.post("/lang", "lang", "en", "next", "/texts/A%2FHRC%2FRES%2F52%2F42?x=1").headers().firstValue("Location"))
                .hasValue("/texts/A%2FHRC%2FRES%2F52%2F42?x=1");
    }

    @Test
    void a_search_without_q_names_the_field_in_the_callers_language() {
        var en = get("/api/v1/search", "en");
        assertThat(en.statusCode()).isEqualTo(400);
        assertThat(en.body()).contains("\"field\":\"q\"").contains("required");
        var fr = get("/api/v1/search", "fr");
        assertThat(fr.statusCode()).isEqualTo(400);
        assertThat(fr.body()).contains("\"field\":\"q\"").contains("obligatoire");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a~2", "a~", "~2", "ab~9", "*~2", "\"a~2\"~3", "a*~2", "-~1", "(a~2", "a~2)*", "é~2", "an~2 | le~1"})
    void a_search_with_odd_operators_never_shows_the_engines_internals(String q) {
        var r = get("/api/v1/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8), "en");
        assertThat(r.statusCode()).as(q).isIn(200, 400);
        assertThat(r.body()).as(q).doesNotContainIgnoringCase("lucene").doesNotContain("maxEdits").doesNotContain("Exception");
        if (r.statusCode() == 400) {
            assertThat(r.body()).contains("\"field\":\"q\"");
        }
    }

    @Test
    void a_fuzzy_search_on_a_word_shorter_than_its_edits_is_answered() {
        assertThat(get("/api/v1/search?q=a~2", "en").statusCode()).isEqualTo(200);
        var r = get("/api/v1/search?q=mopt~2", "en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Mopti");
    }

    @Test
    void a_search_limit_out_of_range_names_the_limit() {
        var r = get("/api/v1/search?q=a&limit=5000", "fr");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"limit\"").contains("entre 1 et 100");
    }

    @Test
    void a_nul_in_a_json_body_is_a_400_naming_the_field() {
        var r = new ApiClient(TestApp.base(app), token).post("/api/v1/tokens", "{\"name\":\"a\\u0000b\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"name\"").contains("U+0000");
    }

    @Test
    void a_nul_deep_in_a_json_body_names_its_path() {
        var r = new ApiClient(TestApp.base(app), token).post("/api/v1/incidents", "{\"title\":\"x\",\"victims\":[{\"notes\":\"\\u0000\"}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"victims[0].notes\"");
    }

    @Test
    void malformed_json_says_where_in_the_callers_language() {
        var r = new ApiClient(TestApp.base(app), token).post("/api/v1/tokens", "{\"name\": tru");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"body\"").contains("ligne 1").doesNotContain("Unrecognized token");
    }

    @Test
    void a_nul_in_a_form_or_a_query_is_a_400_naming_the_field() {
        WebClient c = new WebClient(TestApp.base(app));
        c.login("amina", TestApp.PASSWORD);
        c.get("/account");
        var form = c.post("/account/tokens", "name", "a\0b");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("U+0000");
        var query = c.get("/audit?actor=a%00b");
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).contains("U+0000");
    }

    @Test
    void html_pages_declare_utf8() {
        WebClient c = new WebClient(TestApp.base(app));
        assertThat(c.get("/login").headers().firstValue("Content-Type").orElseThrow()).matches("(?i)text/html; ?charset=utf-8");
        assertThat(c.get("/no-such-page").headers().firstValue("Content-Type").orElseThrow()).matches("(?i)text/html; ?charset=utf-8");
    }

    private static HttpResponse<String> get(String path, String lang) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + path))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", lang).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;
import org.vigie.web.Router;

/**
 * Free text reaches only the roles that see identities. A marker is written into every free-text field of an
 * incident, its source, perpetrator, evidence and victim (with an exact age); then every declared page and API
 * path that reads (GET) is called as an observer, a focal point and a validator, with the incident's ids in its
 * path, and the marker (and the exact age) appears in no answer, exports unzipped. Searching for the marker, in
 * search and in every list's words filter, answers exactly as searching for a word found nowhere: no hit, no
 * snippet, no count.
 */
class FreeTextDisclosureTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static final String MARKER = "Zorglubmarker";
    static final String ELSEWHERE = "Quixotrandom";
    static final Role[] CODED_ONLY = {Role.OBSERVER, Role.FOCAL_POINT, Role.VALIDATOR};
    static final ObjectMapper JSON = new ObjectMapper();
    static App app;
    static long incident;
    static long victim;
    static long evidence;

    @BeforeAll
    static void record() {
        app = vigie.app();
        var r = vigie.api(Role.MONITOR).post("/api/v1/incidents", """
                {"date_start": "2025-02-03", "pcode": "ML050218", "locality": "Hameau %1$s-locality",
                 "latitude": 14.4711, "longitude": -3.6519, "title": "Titre %1$s-title",
                 "description_fr": "Description %1$s-fr", "description_en": "Description %1$s-en",
                 "acts": [{"act_type": "01010101000004", "perpetrators": [{"category": "armed_groups", "group_name": "Groupe %1$s-group"}]}],
                 "sources": [{"kind": "23092014050116", "description": "Informateur %1$s-source", "reported_on": "2025-02-04"}],
                 "victims": [{"sex": "female", "age": 37, "acts": [0], "full_name": "Awa %1$s-name", "other_names": "%1$s-other",
                              "contact": "%1$s-contact", "document": "%1$s-document", "notes": "Notes %1$s-notes",
                              "consent": ["documentation"], "consent_given_on": "2025-02-04", "consent_given_by": "victim"}]}"""
                .formatted(MARKER));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        try {
            var created = JSON.readTree(r.body());
            incident = created.get("id").asLong();
            victim = created.get("victims").get(0).get("id").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        WebClient monitor = vigie.web(Role.MONITOR);
        monitor.get("/incidents/" + incident);
        var added = monitor.postMultipart("/incidents/" + incident + "/evidence", List.of("description", "Pièce " + MARKER + "-evidence"),
                "file", MARKER + "-file.pdf", ("%PDF-1.4\n% contenu " + MARKER + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        evidence = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM incident_evidence WHERE incident_id = :i")
                .bind("i", incident).mapTo(Long.class).one());
        app.search().search(org.vigie.search.SearchQuery.of(MARKER), vigie.principal(Role.ANALYST));
    }

    @Test
    void the_marker_is_found_by_roles_that_see_identities() {
        var r = vigie.api(Role.ANALYST).get("/api/v1/search?q=" + MARKER);
        assertThat(r.body()).contains("\"total\":1");
        assertThat(vigie.api(Role.MONITOR).get("/api/v1/incidents/" + incident).body()).contains(MARKER + "-locality", MARKER + "-source");
    }

    @TestFactory
    List<DynamicTest> no_read_sends_free_text_to_a_role_that_does_not_see_identities() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Router.Route route : app.web().routes()) {
            if (!route.method().toString().equals("GET")) {
                continue;
            }
            for (Role role : CODED_ONLY) {
                String path = concrete(route.path());
                tests.add(DynamicTest.dynamicTest("GET " + path + " as " + role.code(), () -> {
                    String body = readable(vigie.api(role), path);
                    assertThat(body.toLowerCase(Locale.ROOT)).doesNotContain(MARKER.toLowerCase(Locale.ROOT));
                    assertThat(body).doesNotContain("\"age\":37").doesNotContain("14.4711");
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> searching_free_text_answers_as_a_word_found_nowhere() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Router.Route route : app.web().routes()) {
            if (!route.method().toString().equals("GET") || route.path().contains("{") || route.path().contains("<")) {
                continue;
            }
            for (Role role : CODED_ONLY) {
                tests.add(DynamicTest.dynamicTest("GET " + route.path() + "?q= as " + role.code(), () -> {
                    ApiClient api = vigie.api(role);
                    String marked = stable(route.path(), readable(api, route.path() + "?q=" + MARKER).replace(MARKER, "WORD"));
                    String nowhere = stable(route.path(), readable(api, route.path() + "?q=" + ELSEWHERE).replace(ELSEWHERE, "WORD"));
                    assertThat(marked).as(difference(marked, nowhere)).isEqualTo(nowhere);
                }));
            }
        }
        return tests;
    }

    @Test
    void search_for_the_marker_gives_an_observer_no_hit_and_no_count() {
        for (String word : List.of(MARKER, MARKER + "-locality", "Informateur", "Hameau", "Titre")) {
            String body = vigie.api(Role.OBSERVER).get("/api/v1/search?q=" + word).body();
            assertThat(body).as(word).contains("\"total\":0");
        }
        assertThat(vigie.api(Role.OBSERVER).get("/api/v1/incidents?q=" + MARKER).body()).contains("\"total\":0");
    }

    @Test
    void an_observer_finds_the_incident_by_its_coded_fields() {
        String body = vigie.api(Role.OBSERVER).get("/api/v1/search?q=Bandiagara").body();
        assertThat(body).contains("\"total\":1").contains("/incidents/" + incident).doesNotContain(MARKER);
    }

    /** A declared path with this incident's ids in place of its parameters (999999 for the others). */
    static String concrete(String path) {
        return path.replace("{id}", Long.toString(incident)).replace("{victim}", Long.toString(victim))
                .replace("{evidenceId}", Long.toString(evidence)).replaceAll("\\{[^}]+}", "999999").replaceAll("<[^>]+>", "999999");
    }

    /** The answer as text, a zipped one (XLSX) unzipped entry by entry. */
    static String readable(ApiClient api, String path) throws IOException {
        HttpResponse<byte[]> r = api.getBytes(path);
        byte[] bytes = r.body();
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".zip");
            try {
                java.nio.file.Files.write(file, bytes);
                StringBuilder out = new StringBuilder();
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        try (var in = zip.getInputStream(e)) {
                            out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
                return out.toString();
            } finally {
                java.nio.file.Files.delete(file);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String difference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "first difference: …" + a.substring(from, Math.min(a.length(), i + 80)) + "… / …" + b.substring(from, Math.min(b.length(), i + 80)) + "…";
    }

    /** The answer without what differs from one call to the next: the CSRF token, the time a file was made. */
    /**
     * The body without what changes between two reads whatever the query: tokens, times, and on {@code /health}
     * (which reads no query) the machine's gauges, free disk and lags, which move with other work on the machine.
     */
    static String stable(String path, String body) {
        String gauges = path.equals("/health") ? body.replaceAll("(\"[A-Za-z_]+\"):-?\\d+(\\.\\d+)?", "$1:N") : body;
        return gauges.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\\1>", "")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z?", "TIME");
    }
}

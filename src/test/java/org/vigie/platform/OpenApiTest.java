package org.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;

/** The hand-written OpenAPI description and the routes the server really declares agree, both ways. */
class OpenApiTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
    }

    @Test
    void every_api_route_is_described_and_every_description_is_a_route() throws Exception {
        var r = new ApiClient(TestApp.base(app), null).get("/api/v1/openapi.yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> described = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.get("paths").get(path).fieldNames().forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + path));
        }
        Set<String> declared = new TreeSet<>();
        app.web().routes().stream().filter(x -> x.path().startsWith("/api/") || x.path().equals("/health"))
                .forEach(x -> declared.add(x.method().toString() + " " + x.path()));
        assertThat(described).isEqualTo(declared);
    }

    @Test
    void errors_are_json_with_a_code_and_never_a_stack_trace() {
        var r = new ApiClient(TestApp.base(app), null).get("/api/v1/me");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).contains("\"error\"").contains("\"code\":\"unauthorized\"").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void a_bad_field_is_named_in_a_400() throws Exception {
        var admin = TestApp.account(app, "api-admin", org.vigie.security.Role.ADMINISTRATOR);
        String token = app.authentication().createToken(admin.principal(), "t", "127.0.0.1").value();
        ApiClient api = new ApiClient(TestApp.base(app), token);
        var r = api.post("/api/v1/accounts", "{\"username\":\"Bad Name!\",\"role\":\"observer\",\"password\":\"a long enough passphrase\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"username\"");
        assertThat(api.post("/api/v1/accounts", "{not json").body()).contains("\"field\":\"body\"");
        var dup = api.post("/api/v1/accounts", "{\"username\":\"api-admin\",\"role\":\"observer\",\"password\":\"a long enough passphrase\"}");
        assertThat(dup.statusCode()).isEqualTo(409);
        assertThat(api.get("/api/v1/accounts/424242").statusCode()).isEqualTo(404);
    }

    @Test
    void an_api_answer_sets_no_cookie() {
        var reader = TestApp.account(app, "cookie-less", org.vigie.security.Role.OBSERVER);
        String token = app.authentication().createToken(reader.principal(), "t", "127.0.0.1").value();
        var r = new ApiClient(TestApp.base(app), token).get("/api/v1/me");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_body_over_the_limit_gets_413() {
        var admin = TestApp.account(app, "big-body", org.vigie.security.Role.ADMINISTRATOR);
        String token = app.authentication().createToken(admin.principal(), "t", "127.0.0.1").value();
        String huge = "{\"name\":\"" + "x".repeat(22 * 1024 * 1024) + "\"}";
        var r = new ApiClient(TestApp.base(app), token).post("/api/v1/tokens", huge);
        assertThat(r.statusCode()).isEqualTo(413);
    }
}

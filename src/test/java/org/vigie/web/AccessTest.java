package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;

/**
 * Every declared route, called as every role and as nobody: a role the route does not name gets
 * 403, nobody gets 401 (or, for a page, a redirect to the login form), a role it names gets past
 * the check. Calls carry personal tokens so that no CSRF token or session is involved here.
 */
class AccessTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        for (Role role : Role.values()) {
            var account = TestApp.account(app, "who-" + role.code().replace('_', '-'), role);
            TOKENS.put(role, app.authentication().createToken(account.principal(), "access test", "127.0.0.1").value());
        }
    }

    @TestFactory
    List<DynamicTest> each_route_admits_exactly_the_roles_it_names() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Router.Route route : app.web().routes()) {
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " as " + role.code(), () -> {
                    HttpResponse<String> r = call(route, TOKENS.get(role));
                    int status = r.statusCode();
                    if (route.roles().contains(role) || route.roles().contains(Access.ANYONE) || route.roles().contains(Access.ASSET)) {
                        assertThat(status).as("admitted").isNotEqualTo(401);
                        assertThat(r.headers().firstValue("Vigie-Error")).as("admitted").isNotEqualTo(java.util.Optional.of("forbidden"));
                    } else {
                        assertThat(status).as("refused").isEqualTo(403);
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " as nobody", () -> {
                HttpResponse<String> r = call(route, null);
                int status = r.statusCode();
                if (route.roles().contains(Access.DEVICE)) {
                    // A field device's route knows callers only by the device token in its path; 999999 is none.
                    assertThat(status).isEqualTo(403);
                } else if (route.roles().contains(Access.ANYONE) || route.roles().contains(Access.ASSET)) {
                    // Forms open to anyone still need their CSRF token, which a bare call lacks.
                    assertThat(status).isNotEqualTo(401);
                    assertThat(r.headers().firstValue("Vigie-Error")).isNotEqualTo(java.util.Optional.of("forbidden"));
                } else if (route.path().startsWith("/api/") || !route.method().toString().equals("GET")) {
                    assertThat(status).isIn(401, 403);
                } else {
                    assertThat(status).isEqualTo(303);
                }
            }));
        }
        return tests;
    }

    @Test
    void a_revoked_token_is_refused() {
        var account = TestApp.account(app, "revoked-token", Role.ANALYST);
        Principal p = account.principal();
        var created = app.authentication().createToken(p, "to revoke", "127.0.0.1");
        app.authentication().revokeToken(p, created.token().id(), "127.0.0.1");
        assertThat(new ApiClient(TestApp.base(app), created.value()).get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> call(Router.Route route, String token) {
        ApiClient client = new ApiClient(TestApp.base(app), token);
        // Path parameters name a record that does not exist, so admitted calls change nothing.
        String path = route.path().replaceAll("\\{[^}]+}", "999999").replaceAll("<[^>]+>", "999999");
        String method = route.method().toString();
        return switch (method) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            case "PATCH" -> client.patch(path, "{}");
            case "PUT" -> client.put(path, "{}");
            default -> client.post(path, "{}");
        };
    }
}

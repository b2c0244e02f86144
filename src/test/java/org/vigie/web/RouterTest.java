package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.vigie.security.Role;

/** Routes answer by specificity, whatever order capabilities declared them in. */
class RouterTest {

    @Test
    void a_literal_route_declared_after_a_parameter_route_still_answers_for_itself() throws Exception {
        try (Served s = serve(r -> {
            r.get("/things/{id}", says("thing"), Role.ANALYST, Access.ANYONE);
            r.get("/things/map", says("map"), Role.ANALYST, Access.ANYONE);
            r.get("/things/{id}/edit", says("edit"), Access.ANYONE);
            r.get("/things/map/edit", says("map edit"), Access.ANYONE);
        })) {
            assertThat(s.get("/things/map")).isEqualTo("map");
            assertThat(s.get("/things/42")).isEqualTo("thing");
            assertThat(s.get("/things/42/edit")).isEqualTo("edit");
            assertThat(s.get("/things/map/edit")).isEqualTo("map edit");
        }
    }

    @Test
    void the_literal_at_the_first_segment_that_differs_in_kind_wins() throws Exception {
        try (Served s = serve(r -> {
            r.get("/a/{x}/c", says("parameter first"), Access.ANYONE);
            r.get("/a/b/{y}", says("literal first"), Access.ANYONE);
        })) {
            assertThat(s.get("/a/b/c")).isEqualTo("literal first");
            assertThat(s.get("/a/z/c")).isEqualTo("parameter first");
        }
    }

    @Test
    void two_routes_answering_the_same_requests_are_refused_when_declared() {
        assertThatThrownBy(() -> Javalin.create(config -> {
            Router router = new Router(config.routes);
            router.get("/things/{id}", ctx -> { }, Role.ANALYST);
            router.get("/things/{other}", ctx -> { }, Role.ANALYST);
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answers the same requests as /things/{id}");
    }

    @Test
    void a_route_without_roles_cannot_be_declared() {
        Router router = new Router(null);
        assertThatThrownBy(() -> router.get("/x", ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declares no roles");
    }

    @Test
    void routes_that_differ_by_method_or_by_a_fixed_segment_are_all_declared() {
        List<Router.Route> declared = new ArrayList<>();
        Javalin.create(config -> {
            Router router = new Router(config.routes);
            router.get("/things/{id}", ctx -> { }, Role.ANALYST);
            router.post("/things/map", ctx -> { }, Role.ANALYST);
            router.get("/things/{id}/edit", ctx -> { }, Role.ANALYST);
            router.get("/other/map", ctx -> { }, Role.ANALYST);
            router.get("/things/{id}/victims/{victim}", ctx -> { }, Role.ANALYST);
            router.install();
            declared.addAll(router.declared());
        });
        assertThat(declared).hasSize(5);
    }

    @Test
    void the_order_is_total_so_that_sorting_never_depends_on_the_input_order() {
        List<String> paths = List.of("/a/{x}", "/a/b", "/b/{y}/c", "/b/c/{z}", "/{p}/c", "/a", "/a/b/{q}", "/*");
        for (String x : paths) {
            for (String y : paths) {
                assertThat(Integer.signum(Router.bySpecificity(x, y))).isEqualTo(-Integer.signum(Router.bySpecificity(y, x)));
                for (String z : paths) {
                    if (Router.bySpecificity(x, y) < 0 && Router.bySpecificity(y, z) < 0) {
                        assertThat(Router.bySpecificity(x, z)).as(x + " < " + y + " < " + z).isNegative();
                    }
                }
            }
        }
    }

    private static Handler says(String text) {
        return ctx -> ctx.result(text);
    }

    private static Served serve(Consumer<Router> declare) {
        Javalin javalin = Javalin.create(config -> {
            Router router = new Router(config.routes);
            declare.accept(router);
            router.install();
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
        }).start();
        return new Served(javalin);
    }

    private record Served(Javalin javalin) implements AutoCloseable {
        String get(String path) throws Exception {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + javalin.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
            return r.body();
        }

        @Override
        public void close() {
            javalin.stop();
        }
    }
}

package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;

/** Vigie's own CSS and JavaScript: served by Vigie, compressed, cached for a year, the same for everyone. */
class AssetsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestApp.base(app) + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String assetUrl(String pattern) throws Exception {
        String home = new String(get("/").body(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(pattern).matcher(home);
        assertThat(m.find()).as("the page links " + pattern).isTrue();
        return m.group();
    }

    @Test
    void the_stylesheet_is_compressed_cached_for_a_year_and_sets_no_cookie() throws Exception {
        String css = assetUrl("/assets/app\\.css\\?v=[0-9a-f]+");
        var r = get(css, "Accept-Encoding", "gzip");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000").contains("immutable"));
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void htmx_comes_from_vigie_itself_and_is_revalidated_by_its_etag() throws Exception {
        String js = assetUrl("/assets/htmx\\.js\\?v=[0-9a-f]+");
        var r = get(js);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(get(js, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void an_unknown_asset_is_404() throws Exception {
        assertThat(get("/assets/../../etc/passwd").statusCode()).isIn(400, 404);
        assertThat(get("/assets/nothing.js").statusCode()).isEqualTo(404);
    }
}

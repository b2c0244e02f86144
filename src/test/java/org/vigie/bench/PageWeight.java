package org.vigie.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What a browser downloads for the home page: the page, then the stylesheets and scripts it names,
 * each asked for with {@code Accept-Encoding: gzip}. Bytes are response bodies as they crossed the
 * wire, compressed or not; headers are left out.
 */
final class PageWeight {
    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]*rel=\"stylesheet\"[^>]*href|script[^>]*src)=\"([^\"]+)\"");

    /** One response: its path, Content-Encoding ("identity" when none), bytes on the wire and once decoded. */
    record Resource(String path, int status, String encoding, long wireBytes, long decodedBytes) {
    }

    private PageWeight() {
    }

    static List<Resource> homePage(HttpClient http, String base) throws IOException, InterruptedException {
        List<Resource> all = new ArrayList<>();
        Fetched page = fetch(http, base, "/");
        all.add(page.resource());
        Matcher m = ASSET.matcher(new String(page.decoded(), StandardCharsets.UTF_8));
        while (m.find()) {
            all.add(fetch(http, base, m.group(1).replace("&amp;", "&")).resource());
        }
        return all;
    }

    static long totalWireBytes(List<Resource> resources) {
        return resources.stream().mapToLong(Resource::wireBytes).sum();
    }

    private record Fetched(Resource resource, byte[] decoded) {
    }

    private static Fetched fetch(HttpClient http, String base, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip").build();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String encoding = r.headers().firstValue("Content-Encoding").orElse("identity");
        byte[] decoded = "gzip".equalsIgnoreCase(encoding) ? gunzip(r.body()) : r.body();
        return new Fetched(new Resource(path, r.statusCode(), encoding, r.body().length, decoded.length), decoded);
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

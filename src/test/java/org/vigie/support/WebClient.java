package org.vigie.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies, does not follow redirects (so tests see them), and
 * remembers the CSRF token of the last page it read, as a form would carry it.
 */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private String csrf = "";
    private String acceptLanguage = "fr";

    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public WebClient language(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> r = send(request(path).GET().build());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** Posts a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return postRaw(path, form);
    }

    /** Gets a fragment as htmx does for an element that fills {@code target} (its id, sent as {@code HX-Target}). */
    public HttpResponse<String> getHtmx(String path, String target) {
        return send(request(path).header("HX-Request", "true").header("HX-Target", target).GET().build());
    }

    /** Posts a form as htmx does from a page of the last token read ({@code HX-Request: true}). */
    public HttpResponse<String> postHtmx(String path, String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a multipart form with one file and the CSRF token of the last page read. */
    public HttpResponse<String> postMultipart(String path, String field, String fileName, byte[] content) {
        return postMultipart(path, java.util.List.of(), field, fileName, content);
    }

    /** Posts a multipart form with text fields (names and values in turn), one file and the CSRF token of the last page read. */
    public HttpResponse<String> postMultipart(String path, java.util.List<String> namesAndValues, String field, String fileName,
                                              byte[] content) {
        String boundary = "vigie" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
            fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(namesAndValues.get(i))
                    .append("\"\r\n\r\n").append(namesAndValues.get(i + 1)).append("\r\n");
        }
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n" + fields
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Posts a multipart form with text fields (names and values in turn), several files in one field, and the CSRF token. */
    public HttpResponse<String> postFiles(String path, java.util.List<String> namesAndValues, String field,
                                          java.util.List<Map.Entry<String, byte[]>> files) {
        String boundary = "vigie" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder fields = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
            fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(namesAndValues.get(i))
                    .append("\"\r\n\r\n").append(namesAndValues.get(i + 1)).append("\r\n");
        }
        body.writeBytes(fields.toString().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> f : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Logs in through the real form; returns the answer to the login post. */
    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return post("/login", "username", username, "password", password, "next", "/");
    }

    /** Plants a cookie, as an attacker who fixed a session identifier would. */
    public void setCookie(String name, String value) {
        java.net.HttpCookie c = new java.net.HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), c);
    }

    public String csrf() {
        return csrf;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage);
    }

    private HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}

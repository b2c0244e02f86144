package org.vigie.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of Vigie's own front-end files with a content fingerprint, so that browsers may keep
 * them for a year and still fetch a new version the moment it changes.
 */
public final class Assets {
    static final String HOSTED = "/assets";
    static final String HTMX = "/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public String url(String name) {
        if ("htmx.js".equals(name)) {
            return HTMX;
        }
        return urls.computeIfAbsent(name, n -> HOSTED + "/" + n + "?v=" + fingerprint(n));
    }

    private static String fingerprint(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/public/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no asset named " + name);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String htmxVersion() {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the htmx webjar is missing from the classpath", e);
        }
    }
}

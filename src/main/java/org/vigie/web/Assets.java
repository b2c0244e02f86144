package org.vigie.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Vigie's own front-end files, read once into memory, with addresses that carry a content
 * fingerprint so that browsers may keep them for a year and still fetch a new version the moment
 * it changes. Nothing is loaded from another host.
 */
public final class Assets {
    /** One file as served. */
    record Asset(String name, byte[] bytes, String contentType, String fingerprint) {
    }

    static final String HOSTED = "/assets";
    private final Map<String, Asset> byName;

    Assets() {
        String htmx = "/META-INF/resources/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";
        this.byName = Map.of(
                "app.css", load("app.css", "/public/app.css", "text/css; charset=utf-8"),
                "htmx.js", load("htmx.js", htmx, "text/javascript; charset=utf-8"));
    }

    /** The address of an asset, fingerprinted. */
    public String url(String name) {
        Asset a = byName.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no asset named " + name);
        }
        return HOSTED + "/" + a.name() + "?v=" + a.fingerprint();
    }

    Optional<Asset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static Asset load(String name, String resource, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the build: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Asset(name, bytes, contentType, HexFormat.of().formatHex(digest, 0, 6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String htmxVersion() {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the htmx webjar is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

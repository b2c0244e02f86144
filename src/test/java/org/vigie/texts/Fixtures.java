package org.vigie.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real resolution files of src/test/resources/texts, read once per test run. */
final class Fixtures {

    static final String DRAFT = "mali-draft-2026-fr.txt";
    static final String RES_73_3 = "A_RES_73_3-EN.pdf";
    static final String RES_73_6 = "A_RES_73_6-EN.pdf";

    private static final Map<String, Resolution> READ = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/texts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Resolution resolution(String name) {
        return READ.computeIfAbsent(name, n -> read(bytes(n), n));
    }

    static Resolution read(byte[] bytes, String name) {
        try {
            return new TextImporter().read(bytes, name);
        } catch (TextImportException e) {
            throw new IllegalStateException(e);
        }
    }

    static Resolution text(String content) {
        return read(content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test.txt");
    }
}

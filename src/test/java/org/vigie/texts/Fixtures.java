package org.vigie.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.texts.reading.TextImporter;

/** The real resolution files of src/test/resources/texts, read once per test run. */
public final class Fixtures {

    public static final String DRAFT = "mali-draft-2026-fr.txt";
    public static final String RES_73_3 = "A_RES_73_3-EN.pdf";
    public static final String RES_73_6 = "A_RES_73_6-EN.pdf";
    /** Openings (header and preamble) of Human Rights Council documents as published; see SOURCES.md. */
    public static final String HRC_34_39 = "hrc/A_HRC_RES_34_39-EN-opening.txt";
    public static final String HRC_34_39_WRAPPED = "hrc/A_HRC_RES_34_39-EN-opening-wrapped.txt";
    public static final String HRC_49_34_FR = "hrc/A_HRC_RES_49_34-FR-opening.txt";
    public static final String HRC_40_L2 = "hrc/A_HRC_40_L2-EN-opening.txt";
    /** A/HRC/DEC/14/117, a decision adopting a quoted text, as right-docs gives it and laid out as published. */
    public static final String HRC_DEC_14_117 = "hrc/A_HRC_DEC_14_117-EN-right-docs.txt";
    public static final String HRC_DEC_14_117_LAID_OUT = "hrc/A_HRC_DEC_14_117-EN-laid-out.txt";
    /** Every real text the tests have. */
    public static final java.util.List<String> REAL = java.util.List.of(DRAFT, RES_73_3, RES_73_6, HRC_34_39,
            HRC_34_39_WRAPPED, HRC_49_34_FR, HRC_40_L2, HRC_DEC_14_117, HRC_DEC_14_117_LAID_OUT);

    private static final Map<String, Resolution> READ = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/texts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Resolution resolution(String name) {
        return READ.computeIfAbsent(name, n -> read(bytes(n), n));
    }

    public static Resolution read(byte[] bytes, String name) {
        try {
            return new TextImporter().read(bytes, name);
        } catch (TextImportException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Resolution text(String content) {
        return read(content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test.txt");
    }
}

package org.vigie.intake;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.vigie.observatory.forms.OdkForm;
import org.vigie.observatory.forms.XlsFormWriter;

/**
 * The incident form as served to phones: the XForm, its md5 (the form list's {@code hash}), its version, and
 * the place lists as CSV media. The version is {@link OdkForm#VERSION}, the intake key's id and the first
 * digits of the SHA-256 of the questions and the choices: a new term, a new place, a reworded question or a new
 * key makes a new version, and Collect fetches the form again (the same version never names two forms, as ODK
 * Central requires). Built once per key, questions and choices, kept until they change.
 */
final class IntakeForm {
    /** One media file of the form, with the md5 the manifest announces. */
    record Media(String name, byte[] content, String md5) {
    }

    /** A built form. */
    record Built(String version, long keyId, byte[] xml, String md5, Map<String, Media> media) {
    }

    private final Supplier<XlsFormWriter> writer;
    private final IntakeKeys keys;
    private Built built;
    private String builtFrom;

    IntakeForm(Supplier<XlsFormWriter> writer, IntakeKeys keys) {
        this.writer = writer;
        this.keys = keys;
    }

    synchronized Built current() {
        XlsFormWriter w = writer.get();
        List<Map<String, String>> choices = w.choices();
        IntakeKey key = keys.current();
        List<Map<String, String>> survey = w.survey();
        String contentHash = hex("SHA-256", (survey + "\n" + choices).getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        String from = key.id() + "." + contentHash;
        if (!from.equals(builtFrom)) {
            String version = OdkForm.VERSION + "." + from;
            byte[] xml = new XFormWriter(survey, choices, version, key.base64PublicKey()).write().getBytes(StandardCharsets.UTF_8);
            built = new Built(version, key.id(), xml, hex("MD5", xml), media(choices));
            builtFrom = from;
        }
        return built;
    }

    /**
     * The key id a form version was built with, if the version is one of this form's: {@code VERSION.KEY.HASH}.
     * The choices part is not checked, as a phone may send a record made with choices since changed.
     */
    static Optional<Long> keyOf(String version) {
        String prefix = OdkForm.VERSION + ".";
        if (version == null || !version.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] rest = version.substring(prefix.length()).split("\\.");
        if (rest.length != 2 || !rest[0].matches("[0-9]{1,18}") || !rest[1].matches("[0-9a-f]{8}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(rest[0]));
    }

    /** The place lists as CSV: name, label and the code of the unit above, the column the cascade filters on. */
    static Map<String, Media> media(List<Map<String, String>> choices) {
        Map<String, Media> media = new LinkedHashMap<>();
        for (String list : List.of(OdkForm.REGION, OdkForm.CERCLE, OdkForm.COMMUNE)) {
            String parent = list.equals(OdkForm.CERCLE) ? OdkForm.REGION : list.equals(OdkForm.COMMUNE) ? OdkForm.CERCLE : null;
            StringWriter out = new StringWriter();
            try (CsvWriter csv = CsvWriter.builder().build(out)) {
                csv.writeRecord(parent == null ? List.of("name", "label") : List.of("name", "label", parent));
                for (Map<String, String> c : choices) {
                    if (list.equals(c.get("list_name"))) {
                        csv.writeRecord(parent == null ? List.of(c.get("name"), c.get(XlsFormWriter.LABEL_FR))
                                : List.of(c.get("name"), c.get(XlsFormWriter.LABEL_FR), c.get(parent)));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            media.put(list + ".csv", new Media(list + ".csv", bytes, hex("MD5", bytes)));
        }
        return media;
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

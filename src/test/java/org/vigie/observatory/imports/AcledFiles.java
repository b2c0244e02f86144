package org.vigie.observatory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.places.Gazetteer;

/**
 * The synthetic ACLED export of src/test/resources/observatory (invented events in real Malian places,
 * in ACLED's 31 columns) and files derived from it.
 */
public final class AcledFiles {

    static final Clock END_OF_2024 = Clock.fixed(Instant.parse("2024-12-31T12:00:00Z"), ZoneOffset.UTC);
    public static final Gazetteer GAZETTEER = Gazetteer.ochaCodAb2015();

    private AcledFiles() {
    }

    static String synthetic() {
        try (InputStream in = AcledFiles.class.getResourceAsStream("/observatory/acled-mali-synthetic.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header() {
        return synthetic().lines().findFirst().orElseThrow();
    }

    /** The line of the synthetic file describing this event, on one line. */
    static String event(String id) {
        return synthetic().replace(",\nkilling", ", killing").lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
    }

    static IncidentImport read(String text) {
        return new AcledCsvReader(GAZETTEER, END_OF_2024).read(text.getBytes(StandardCharsets.UTF_8));
    }

    static IncidentImport read(List<String> lines) {
        return read(String.join("\n", lines) + "\n");
    }

    static IncidentDraft only(IncidentImport result, String eventId) {
        return result.drafts().stream().filter(d -> d.externalId().equals(eventId)).findFirst().orElseThrow();
    }
}

package org.vigie.observatory.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;

/**
 * Reads an incident from the fields of the HTML form or of a JSON body, flattened to the same names
 * ({@code date_start}, {@code pcode}, {@code acts[0].act_type}, {@code acts[0].perpetrators[0].category},
 * {@code sources[0].kind}), into an {@link IncidentDraft}. Blank act and source rows are skipped, so a form
 * can offer more rows than a monitor fills. Values that cannot be read name their field.
 */
public final class IncidentForm {
    static final int MAX_ROWS = 20;

    private IncidentForm() {
    }

    public static IncidentDraft parse(Function<String, String> field, Origin origin) {
        Faults faults = new Faults();
        IncidentDraft draft = parse(field, origin, faults);
        faults.throwIfAny();
        return draft;
    }

    /**
     * The draft with every value that could be read; each one that could not is kept in {@code faults} (and left
     * out of the draft), so that the form names them all at once with the rules' own faults.
     */
    public static IncidentDraft parse(Function<String, String> field, Origin origin, Faults faults) {
        DatePrecision precision = faults.check(() -> precision(field.apply("date_precision")));
        DatePrecision p = precision == null ? DatePrecision.DAY : precision;
        LocalDate start = faults.check(() -> date("date_start", field.apply("date_start"), p));
        LocalDate end = faults.check(() -> date("date_end", field.apply("date_end"), p));
        IncidentDate date = faults.check(() -> start == null ? null : new IncidentDate(start, end, p));
        String pcode = field.apply("pcode");
        PCode place = null;
        if (pcode == null || pcode.isBlank()) {
            faults.add("pcode", "error.required");
        } else {
            place = faults.check(() -> PCode.of(pcode));
        }
        if (place != null) {
            // The cascade's region and cercle, when a browser sent them, must hold the place chosen below them.
            PCode chosen = place;
            faults.run(() -> within(chosen, field.apply("cercle")));
            faults.run(() -> within(chosen, field.apply("region")));
        }
        // Only imports give an origin's identifier: from a form or the API it would let a caller claim
        // (and so block) the identifier of an event an import has yet to bring.
        String externalId = field.apply("external_id");
        if (externalId != null && !externalId.isBlank()) {
            faults.add("external_id", "observatory.incident.external_id_from_imports");
        }
        Double latitude = faults.check(() -> number("latitude", field.apply("latitude")));
        Double longitude = faults.check(() -> number("longitude", field.apply("longitude")));
        return new IncidentDraft(date, place, field.apply("locality"), latitude, longitude, field.apply("title"),
                field.apply("description_fr"), field.apply("description_en"), acts(field, faults), sources(field, faults), origin, null);
    }

    private static void within(PCode place, String container) {
        if (container != null && !container.isBlank() && !place.isWithin(PCode.of(container))) {
            throw new InvalidInput("pcode", "observatory.place.outside", place.value(), container.strip());
        }
    }

    /** The fields of a JSON object under the form's names. */
    public static Function<String, String> json(JsonNode body) {
        Map<String, String> flat = new HashMap<>();
        flatten("", body, flat);
        return flat::get;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(prefix, node.asText());
        }
    }

    private static List<ActDraft> acts(Function<String, String> field, Faults faults) {
        List<ActDraft> acts = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String at = "acts[" + i + "].";
            String type = blank(field.apply(at + "act_code")) ? field.apply(at + "act_type") : field.apply(at + "act_code");
            if (blank(type)) {
                continue;
            }
            List<PerpetratorDraft> perpetrators = new ArrayList<>();
            for (int j = 0; j < MAX_ROWS; j++) {
                String p = at + "perpetrators[" + j + "].";
                String category = field.apply(p + "category");
                if (!blank(category)) {
                    String involvement = field.apply(p + "involvement");
                    perpetrators.add(new PerpetratorDraft(faults.check(() -> category(p + "category", category)), field.apply(p + "group_name"),
                            blank(involvement) ? Observatory.DEFAULT_INVOLVEMENT : involvement));
                } else if (!blank(field.apply(p + "group_name"))) {
                    // A named group without its category would be lost without a word.
                    faults.add(p + "category", "error.required");
                }
            }
            Long victims = faults.check(() -> number(at + "unrecorded_victims", field.apply(at + "unrecorded_victims"), true));
            acts.add(new ActDraft(type.strip(), victims == null ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(-1, victims)), perpetrators));
        }
        return acts;
    }

    private static List<SourceDraft> sources(Function<String, String> field, Faults faults) {
        List<SourceDraft> sources = new ArrayList<>();
        for (int j = 0; j < MAX_ROWS; j++) {
            String s = "sources[" + j + "].";
            if (!blank(field.apply(s + "description"))) {
                SourceDraft source = faults.check(() -> source(field, s));
                if (source != null) {
                    sources.add(source);
                }
            }
        }
        return sources;
    }

    /** One source from fields under {@code prefix} ({@code sources[0].} or empty), with the defaults of the form. */
    public static SourceDraft source(Function<String, String> field, String prefix) {
        String kind = field.apply(prefix + "kind");
        String reliability = field.apply(prefix + "reliability");
        return new SourceDraft(blank(kind) ? Observatory.DEFAULT_SOURCE_KIND : kind, field.apply(prefix + "description"),
                date(prefix + "reported_on", field.apply(prefix + "reported_on"), DatePrecision.DAY),
                blank(reliability) ? Observatory.DEFAULT_RELIABILITY : reliability);
    }

    static DatePrecision precision(String value) {
        if (blank(value)) {
            return DatePrecision.DAY;
        }
        try {
            return DatePrecision.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("date_precision", "observatory.incident.unknown_code", value);
        }
    }

    static PerpetratorCategory category(String field, String value) {
        try {
            return PerpetratorCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "observatory.incident.unknown_code", value);
        }
    }

    /** A day ({@code 2025-03-14}), or for a month or year precision also {@code 2025-03} or {@code 2025}. */
    static LocalDate date(String field, String value, DatePrecision precision) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            if (precision != DatePrecision.DAY && v.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(v).atDay(1);
            }
            if (precision == DatePrecision.YEAR && v.matches("\\d{4}")) {
                return Year.parse(v).atDay(1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "error.date");
        }
    }

    static Double number(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Double.parseDouble(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
    }

    private static Long number(String field, String value, boolean whole) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

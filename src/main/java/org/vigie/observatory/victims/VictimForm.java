package org.vigie.observatory.victims;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;

/**
 * A victim's draft read from the fields of the form or of a JSON body: each value named by its field,
 * codes in lower case ({@code female}, {@code child_12_17}, {@code documentation}). Reading only; the
 * checks of the values together are {@link VictimChecks}'.
 */
public final class VictimForm {
    /** The most victims one form records with its incident; more are added on the incident's page. */
    public static final int MAX_VICTIMS = 50;
    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile("victims\\[(\\d+)]\\.(\\w+)");
    private VictimForm() {
    }

    /** The draft from form fields (each a list of values, as a form posts them). */
    static VictimDraft read(Map<String, List<String>> f) {
        Faults faults = new Faults();
        VictimDraft d = read(f, faults);
        faults.throwIfAny();
        return d;
    }

    /** The draft with what could be read; each value that could not is kept in {@code faults}, named by its field. */
    static VictimDraft read(Map<String, List<String>> f, Faults faults) {
        Set<VictimCategory> categories = faults.check(() -> codes(VictimCategory.class, "categories", all(f, "categories")));
        Consent consent = faults.check(() -> consent(f));
        return new VictimDraft(faults.check(() -> code(Sex.class, "sex", one(f, "sex"))), faults.check(() -> number("age", one(f, "age"))),
                faults.check(() -> code(AgeGroup.class, "age_group", one(f, "age_group"))),
                categories == null ? EnumSet.noneOf(VictimCategory.class) : categories,
                indexes(all(f, "acts")), identity(f), consent == null ? Consent.none() : consent);
    }

    /**
     * The victims a new-incident form describes under {@code victims[i].} (the fields of {@link #read}), in order;
     * blocks left blank are skipped, so that a form can offer more blocks than a monitor fills. A value that
     * cannot be read names its victim as counted without the blank blocks ({@code victims[1].age}).
     */
    public static List<VictimDraft> readAll(Map<String, List<String>> fields) {
        return readEach(blocks(fields));
    }

    /** As {@link #readAll(Map)}, each value that cannot be read kept in {@code faults} ({@code victims[1].age}). */
    public static List<VictimDraft> readAll(Map<String, List<String>> fields, Faults faults) {
        List<Map<String, List<String>>> blocks = blocks(fields);
        List<VictimDraft> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Faults own = new Faults();
            out.add(read(blocks.get(i), own));
            faults.runUnder("victims[" + i + "].", own::throwIfAny);
        }
        return out;
    }

    /** The victims of a JSON array of objects, each with the fields of {@link #read}; none when the array is absent. */
    public static List<VictimDraft> readAll(JsonNode array) {
        if (array == null || array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new InvalidInput("victims", "error.json", "an array is expected");
        }
        List<Map<String, List<String>>> blocks = new ArrayList<>();
        for (JsonNode victim : array) {
            if (!victim.isObject()) {
                throw new InvalidInput("victims[" + blocks.size() + "]", "error.json", "an object is expected");
            }
            blocks.add(fields(victim));
        }
        return readEach(blocks);
    }

    private static List<VictimDraft> readEach(List<Map<String, List<String>>> blocks) {
        List<VictimDraft> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            try {
                out.add(read(blocks.get(i)));
            } catch (InvalidInput e) {
                throw new InvalidInput("victims[" + i + "]." + e.field(), e.messageKey(), e.args());
            }
        }
        return out;
    }

    /**
     * The form's victim blocks that hold at least one value, in the order of their numbers, each with its fields'
     * names without {@code victims[i].}; numbers may have gaps (a block removed in the browser).
     */
    public static List<Map<String, List<String>>> blocks(Map<String, List<String>> fields) {
        return blocks(fields, false);
    }

    /** The form's victim blocks in order, blank ones too when {@code withBlank} (to show the form again as it was). */
    public static List<Map<String, List<String>>> blocks(Map<String, List<String>> fields, boolean withBlank) {
        java.util.TreeMap<Integer, Map<String, List<String>>> byNumber = new java.util.TreeMap<>();
        fields.forEach((name, values) -> {
            java.util.regex.Matcher m = BLOCK.matcher(name);
            if (m.matches() && m.group(1).length() <= 3) {
                byNumber.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new java.util.HashMap<>()).put(m.group(2), values);
            }
        });
        return byNumber.values().stream().limit(MAX_VICTIMS)
                .filter(b -> withBlank || b.values().stream().flatMap(List::stream).anyMatch(v -> v != null && !v.isBlank())).toList();
    }

    /** A JSON object's fields as a form posts them: each a list of values (an array gives several). */
    static Map<String, List<String>> fields(JsonNode body) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        body.fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
            } else if (!e.getValue().isNull()) {
                values.add(e.getValue().asText());
            }
            out.put(e.getKey(), values);
        });
        return out;
    }

    /** The identity fields alone ({@code full_name}, {@code other_names}, {@code contact}, {@code document}, {@code notes}). */
    static Identity identity(Map<String, List<String>> f) {
        return new Identity(one(f, "full_name"), one(f, "other_names"), one(f, "contact"), one(f, "document"), one(f, "notes"));
    }

    /** Whether any identity field is present, even blank: a JSON body without them keeps the identity. */
    static boolean hasIdentity(Map<String, List<String>> f) {
        return List.of("full_name", "other_names", "contact", "document", "notes").stream().anyMatch(f::containsKey);
    }

    /** The consent fields alone ({@code consent} uses, {@code consent_given_on}, {@code consent_given_by}). */
    static Consent consent(Map<String, List<String>> f) {
        return new Consent(codes(ConsentUse.class, "consent", all(f, "consent")),
                date("consent.given_on", one(f, "consent_given_on")), one(f, "consent_given_by"));
    }

    static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "observatory.victim.unknown_code", value.trim());
        }
    }

    static <E extends Enum<E>> Set<E> codes(Class<E> type, String field, List<String> values) {
        Set<E> out = EnumSet.noneOf(type);
        for (String v : values) {
            E e = code(type, field, v);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "error.date");
        }
    }

    static List<Integer> indexes(List<String> values) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Integer n = number("acts[" + i + "]", values.get(i));
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static String one(Map<String, List<String>> f, String name) {
        List<String> v = f.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static List<String> all(Map<String, List<String>> f, String name) {
        List<String> v = f.get(name);
        return v == null ? List.of() : v;
    }
}

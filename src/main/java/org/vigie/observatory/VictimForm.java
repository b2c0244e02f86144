package org.vigie.observatory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.errors.InvalidInput;

/**
 * A victim's draft read from the fields of the form or of a JSON body: each value named by its field,
 * codes in lower case ({@code female}, {@code child_12_17}, {@code documentation}). Reading only; the
 * checks of the values together are {@link VictimChecks}'.
 */
final class VictimForm {
    private VictimForm() {
    }

    /** The draft from form fields (each a list of values, as a form posts them). */
    static VictimDraft read(Map<String, List<String>> f) {
        return new VictimDraft(code(Sex.class, "sex", one(f, "sex")), number("age", one(f, "age")),
                code(AgeGroup.class, "age_group", one(f, "age_group")), codes(VictimCategory.class, "categories", all(f, "categories")),
                indexes(all(f, "acts")), identity(f), consent(f));
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

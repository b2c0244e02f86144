package org.vigie.registries;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.vocabulary.Label;

/**
 * A fixed category of a registry: stored and sent in the API as its lower-case code, shown by its
 * label. Implemented by every registry vocabulary (levels, causes, stages, statuses, ...).
 */
public interface Coded {
    String name();

    Label label();

    /** The stable code stored in the database and used in the API ({@code fundamental_1}). */
    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of {@code type} with this code; an unknown or missing one names {@code field}. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(wanted)) {
                return e;
            }
        }
        throw new InvalidInput(field, "registries.unknown_code", code.strip());
    }

    /** Several codes (a form's checked boxes); at least one is required. */
    static <E extends Enum<E> & Coded> EnumSet<E> parseAll(Class<E> type, String field, Collection<String> codes) {
        EnumSet<E> out = EnumSet.noneOf(type);
        for (String c : codes == null ? List.<String>of() : codes) {
            if (c != null && !c.isBlank()) {
                out.add(parse(type, field, c));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInput(field, "error.required");
        }
        return out;
    }

    /** The code of any enum constant, for the observatory's categories that registries use as they are. */
    static String codeOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The codes of a set, in declaration order, for SQL arrays and JSON. */
    static List<String> codes(Collection<? extends Coded> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.code()));
        return out;
    }
}

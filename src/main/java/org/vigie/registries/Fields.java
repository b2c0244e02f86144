package org.vigie.registries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vigie.errors.InvalidInput;

/** Checks shared by the registries' records: bounded texts, dates, counts. Each names its field. */
public final class Fields {
    private Fields() {
    }

    /** A required text, stripped, at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new InvalidInput(field, "error.required");
        }
        return v;
    }

    /** An optional text, stripped (blank is null), at most {@code max} characters. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInput(field, "error.too_long", max);
        }
        return v;
    }

    /** A date written YYYY-MM-DD, or null when blank; never in the future. */
    public static LocalDate date(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "error.date");
        }
        return notFuture(field, d, today);
    }

    public static LocalDate requiredDate(String field, String value, LocalDate today) {
        LocalDate d = date(field, value, today);
        if (d == null) {
            throw new InvalidInput(field, "error.required");
        }
        return d;
    }

    static LocalDate notFuture(String field, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) {
            throw new InvalidInput(field, "registries.date.future", d.toString());
        }
        return d;
    }

    /** A count of people, or null when unknown (blank). */
    public static Integer count(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return count(field, Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
    }

    public static Integer count(String field, Integer n) {
        if (n != null && (n < 0 || n > 1_000_000)) {
            throw new InvalidInput(field, "error.range", n);
        }
        return n;
    }
}

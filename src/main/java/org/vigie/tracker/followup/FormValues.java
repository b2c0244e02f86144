package org.vigie.tracker.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vigie.errors.InvalidInput;

/** Reads the text of a form field as the value a record needs; a bad one names its field. */
public final class FormValues {
    private FormValues() {
    }

    static String text(String field, String value, int max, boolean required) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null && required) {
            throw new InvalidInput(field, "error.required");
        }
        if (v != null && v.length() > max) {
            throw new InvalidInput(field, "error.too_long", max);
        }
        return v;
    }

    /** A date written YYYY-MM-DD (what an HTML date input sends), or null when blank. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "error.tracker.bad_date", value.strip());
        }
    }

    /** A number with a dot or a comma for decimals ({@code 12,5}), or null when blank. */
    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (v.length() > 30) {
            throw new InvalidInput(field, "error.not_a_number");
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
    }
}

package org.vigie.registries.schools;

import java.time.LocalDate;
import org.vigie.errors.InvalidInput;
import org.vigie.registries.Fields;
import org.vigie.registries.Input;

/**
 * What the list of schools shows: a region or cercle (P-code prefixes), schools closed now or reopened,
 * and a period the closure overlaps; one page of it.
 */
public record SchoolFilter(String region, String cercle, Boolean closed, LocalDate from, LocalDate to, int offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public SchoolFilter {
        region = code("region", region, 4);
        cercle = code("cercle", cercle, 6);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "registries.period.reversed");
        }
        if (offset < 0) {
            throw new InvalidInput("offset", "error.range", offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "error.range", limit);
        }
    }

    public static SchoolFilter all() {
        return new SchoolFilter(null, null, null, null, null, 0, 50);
    }

    /** Reads the query parameters of the list page or the API. */
    public static SchoolFilter from(Input in, int offset, int limit) {
        String state = in.one("state");
        Boolean closed = state == null || state.isBlank() ? null : switch (state.strip()) {
            case "closed" -> Boolean.TRUE;
            case "reopened" -> Boolean.FALSE;
            default -> throw new InvalidInput("state", "registries.unknown_code", state);
        };
        LocalDate far = LocalDate.of(9999, 12, 31);
        return new SchoolFilter(in.one("region"), in.one("cercle"), closed, Fields.date("from", in.one("from"), far),
                Fields.date("to", in.one("to"), far), offset, limit);
    }

    /** The state as the list's select names it. */
    public String state() {
        return closed == null ? "" : closed ? "closed" : "reopened";
    }

    public SchoolFilter page(int newOffset) {
        return new SchoolFilter(region, cercle, closed, from, to, Math.max(0, newOffset), limit);
    }

    private static String code(String field, String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!v.matches("ML\\d{" + (length - 2) + "}")) {
            throw new InvalidInput(field, "observatory.pcode.invalid", v);
        }
        return v;
    }
}

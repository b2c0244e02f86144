package org.vigie.registries;

import java.util.List;
import java.util.Map;

/**
 * The fields of a submitted form or JSON object, by name, each with its values (several for check
 * boxes and arrays). Routes build it; the registries read their records from it, so a page and the
 * API accept exactly the same input.
 */
public record Input(Map<String, List<String>> values) {
    public Input {
        values = Map.copyOf(values);
    }

    /** The first value of a field, or null. */
    public String one(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The first value of a field, or the empty string: what a form shows again after an error. */
    public String shown(String name) {
        String v = one(name);
        return v == null ? "" : v;
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    public static Input empty() {
        return new Input(Map.of());
    }
}

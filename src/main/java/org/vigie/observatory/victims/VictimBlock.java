package org.vigie.observatory.victims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One victim's block of the new-incident form as a monitor typed it ({@code victims[n].*} without the prefix),
 * so that the form shows again what was typed after an error or when a block is added or removed.
 */
public record VictimBlock(int number, Map<String, List<String>> fields) {

    public VictimBlock {
        fields = Map.copyOf(fields);
    }

    /** The first value typed in the field, or null. */
    public String value(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Whether the field (a checkbox group or a select) holds this value. */
    public boolean has(String name, String value) {
        return fields.getOrDefault(name, List.of()).contains(value);
    }

    /** The blocks to show, numbered from 0 in order. */
    public static List<VictimBlock> numbered(List<Map<String, List<String>>> blocks) {
        List<VictimBlock> out = new ArrayList<>();
        for (Map<String, List<String>> b : blocks) {
            out.add(new VictimBlock(out.size(), b));
        }
        return out;
    }
}

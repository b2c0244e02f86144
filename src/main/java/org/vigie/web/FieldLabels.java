package org.vigie.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/**
 * The label a person reads for a field's machine path: {@code victims[0].consent.given_by} is "Victime 1 —
 * Consentement donné par". Each indexed group ({@code victims[0]}) is named by {@code field.group.<name>} with
 * its number from 1; the rest of the path is looked up as {@code field.<groups>.<rest>}, then
 * {@code field.<rest>}, then {@code field.<rest with underscores>}, then {@code <last group>.<rest with
 * underscores>} (the form's own label). A path no bundle knows is shown as it is, never as nothing.
 */
final class FieldLabels {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_]\\w*)(?:\\[(\\d{1,4})])?");
    private final Messages messages;
    private final Lang lang;

    FieldLabels(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    String label(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                return known("field." + path).orElse(path);
            }
            if (m.group(2) != null && rest.isEmpty()) {
                groups.add(m.group(1));
                int n = Integer.parseInt(m.group(2)) + 1;
                String key = "field.group." + m.group(1);
                parts.add(messages.has(lang, key) ? messages.get(lang, key, n) : m.group(1) + " " + n);
            } else {
                rest.append(rest.isEmpty() ? "" : ".").append(m.group(1));
            }
        }
        if (!rest.isEmpty()) {
            parts.add(leaf(groups, rest.toString()).orElse(rest.toString()));
        }
        return String.join(" — ", parts);
    }

    private java.util.Optional<String> leaf(List<String> groups, String rest) {
        String underscored = rest.replace('.', '_');
        List<String> keys = new ArrayList<>();
        if (!groups.isEmpty()) {
            keys.add("field." + String.join(".", groups) + "." + rest);
        }
        keys.add("field." + rest);
        keys.add("field." + underscored);
        if (!groups.isEmpty()) {
            keys.add(groups.get(groups.size() - 1) + "." + underscored);
        }
        return keys.stream().map(this::known).flatMap(java.util.Optional::stream).findFirst();
    }

    private java.util.Optional<String> known(String key) {
        return messages.has(lang, key) ? java.util.Optional.of(messages.get(lang, key)) : java.util.Optional.empty();
    }
}

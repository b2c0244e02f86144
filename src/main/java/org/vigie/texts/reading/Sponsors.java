package org.vigie.texts.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Sponsor;

/**
 * The sponsors of an L-document, listed before its kind: "Angola,* Australia, Belgium,** ... United Kingdom of
 * Great Britain and Northern Ireland: draft resolution". The marks (one or more asterisks) follow the State's
 * name, before or after its comma; the document's footnotes say what they mean (in Council L-documents,
 * usually "State not a member of the Human Rights Council" or "On behalf of ...").
 */
final class Sponsors {

    private static final Pattern LINE = Pattern.compile(
            "(?i)^(.+?)\\s*:\\s*(?:revised\\s+)?(?:draft resolution|draft decision|projet de résolution révisé"
            + "|projet de résolution|projet de décision)\\s*$");
    /** The marks after a comma belong to the name before it: "Angola,* Australia" is "Angola*, Australia". */
    private static final Pattern MARK_AFTER_COMMA = Pattern.compile("\\s*,\\s*(\\*+)");
    private static final Pattern LAST_AND = Pattern.compile("\\s+(?:and|et)\\s+(?=\\p{Lu})");
    private static final Pattern ITEM = Pattern.compile("^(.*?\\p{L}[.)]?)\\s*(\\**)$");

    private Sponsors() {
    }

    static boolean isSponsorLine(String block) {
        return LINE.matcher(block).matches() && block.contains(",");
    }

    /** The sponsors the block lists, with the meaning of their marks from {@code notes} ("**" to its text). */
    static Optional<List<Sponsor>> read(String block, Map<String, String> notes) {
        Matcher line = LINE.matcher(block);
        if (!line.matches()) {
            return Optional.empty();
        }
        String list = MARK_AFTER_COMMA.matcher(line.group(1)).replaceAll("$1,");
        List<Sponsor> sponsors = new ArrayList<>();
        for (String part : list.split(",")) {
            for (String item : splitLastAnd(part.strip())) {
                Matcher m = ITEM.matcher(item.strip());
                if (m.matches() && !m.group(1).isBlank()) {
                    String marks = m.group(2);
                    sponsors.add(new Sponsor(m.group(1).strip(), marks, marks.isEmpty() ? null : notes.get(marks)));
                }
            }
        }
        return Optional.of(sponsors);
    }

    /**
     * "Sweden and Turkey" is two States, but "United Kingdom of Great Britain and Northern Ireland" and "Bosnia
     * and Herzegovina" are one: a name is split on "and" only when the list has no other separator left there and
     * the second part is not the tail of a known compound name.
     */
    private static List<String> splitLastAnd(String item) {
        Matcher m = LAST_AND.matcher(item);
        if (!m.find() || item.matches("(?i).*(?:Great Britain and Northern Ireland|Bosnia and Herzegovina"
                + "|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|Saint Vincent and the Grenadines"
                + "|Sao Tome and Principe|Heard Island and McDonald Islands|Bosnie-Herzégovine|Trinité-et-Tobago).*")) {
            return List.of(item);
        }
        return List.of(item.substring(0, m.start()), item.substring(m.end()));
    }
}

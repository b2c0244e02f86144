package org.vigie.texts.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Finding;
import org.vigie.texts.Resolution;

/**
 * Checks a resolution against the UN's drafting rules and returns findings in text order: numbering
 * and labels, paragraph-ending punctuation, doubled or unbalanced marks, the opening of preambular
 * paragraphs and the organ's third-person voice. An adopted official text yields at most a finding or
 * two; a negotiation draft shows its labels and loose ends.
 */
public final class DraftingCheck {

    /** The findings for {@code resolution}, in the order of its paragraphs. */
    public List<Finding> check(Resolution resolution) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(NumberingRules.check(resolution));
        findings.addAll(PunctuationRules.check(resolution));
        findings.addAll(VoiceRules.check(resolution));
        findings.addAll(DocumentRules.check(resolution));
        Map<String, String> positions = new HashMap<>();
        findings.sort(Comparator.comparing(f -> positions.computeIfAbsent(f.paragraph(), DraftingCheck::position)));
        return findings;
    }

    private static final Pattern NAME = Pattern.compile("^(PP|OP|annex \\d+ para )(\\d+)(\\w*)$");

    /** Sort key in text order: preamble, operative, annexes; by number, an insertion after its base. */
    private static String position(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return "9" + name;
        }
        String part = m.group(1).equals("PP") ? "0" : m.group(1).equals("OP") ? "1" : "2" + m.group(1);
        String number = Integer.toString(Integer.parseInt(m.group(2)));
        return part + "0".repeat(Math.max(0, 4 - number.length())) + number + m.group(3);
    }
}

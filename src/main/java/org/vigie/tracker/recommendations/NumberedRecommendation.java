package org.vigie.tracker.recommendations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.tracker.imports.CellLines;

/**
 * A recommendation as the Working Group's report words it: "140.7 Ratify ... (Maldives) (Portugal);".
 *
 * @param paragraph the paragraph number, {@code 140.7}
 * @param text      the words between the number and the recommending States, final ";" or "." removed
 * @param states    the recommending States, from the parenthesised groups ending the text
 */
public record NumberedRecommendation(String paragraph, String text, List<String> states) {

    private static final Pattern NUMBERED = Pattern.compile("^([0-9]+(?:\\.[0-9]+)+)\\.?\\s+(.+)$", Pattern.DOTALL);

    public NumberedRecommendation {
        states = List.copyOf(states);
    }

    /** Reads the numbered text, or nothing when it does not start with a paragraph number such as 140.7. */
    public static Optional<NumberedRecommendation> parse(String written) {
        Matcher m = NUMBERED.matcher(written.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = trimEnd(m.group(2));
        List<String> states = new ArrayList<>();
        String group;
        while ((group = lastGroup(rest)) != null && isStateName(group)) {
            states.add(0, group.strip());
            rest = trimEnd(rest.substring(0, rest.length() - group.length() - 2));
        }
        return Optional.of(new NumberedRecommendation(m.group(1), rest, states));
    }

    /**
     * The contents of the balanced parenthesised group that ends {@code text}, or null. Balanced because
     * some States' names hold parentheses: "(Venezuela (Bolivarian Republic of))".
     */
    public static String lastGroup(String text) {
        if (!text.endsWith(")")) {
            return null;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return text.substring(i + 1, text.length() - 1);
            }
        }
        return null;
    }

    /** A State's name holds no digit; "(ILO No. 189)" or "(2030)" ending a recommendation is part of its words. */
    private static boolean isStateName(String group) {
        return !group.isBlank() && group.chars().noneMatch(Character::isDigit);
    }

    private static String trimEnd(String text) {
        return CellLines.withoutFinal(text.strip(), ";.,");
    }
}

package org.vigie.tracker.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.tracker.recommendations.NumberedRecommendation;

/**
 * The words of a UHRI "Text" cell. UPR recommendations there keep the paragraph number that starts them
 * ("140.7 Ratify ...") and may end with the recommending States in parentheses; both are taken out so
 * that the words are the same as a thematic list's.
 *
 * @param paragraph the leading paragraph number, or {@code null}
 * @param words     the recommendation's words
 */
record UhriText(String paragraph, String words) {

    private static final Pattern NUMBERED = Pattern.compile("^([0-9]+(?:\\.[0-9]+)+)\\.?\\s+(.+)$", Pattern.DOTALL);

    static UhriText of(String written, List<String> states) {
        String text = written.strip();
        String paragraph = null;
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            paragraph = m.group(1);
            text = m.group(2);
        }
        // A final ";" or "." is the list's punctuation, not the recommendation's (as in thematic lists).
        // Only groups naming the row's recommending States are removed: "(2030)" or "(CEDAW)" are words.
        String rest = CellLines.withoutFinal(text, ";.");
        String group;
        while ((group = NumberedRecommendation.lastGroup(rest)) != null && states.contains(group.strip())) {
            rest = CellLines.withoutFinal(rest.substring(0, rest.length() - group.length() - 2), ";.");
        }
        return new UhriText(paragraph, rest);
    }
}

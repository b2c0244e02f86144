package org.vigie.tracker.recommendations;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a French recommendation from an English one by their commonest small words (OHCHR publishes both).
 * Words are maximal runs of letters, digits and underscores, as a regular expression's {@code \b} sees
 * them; one pass over the text, since an import asks this of every row.
 */
public final class TextLanguage {
    private static final Set<String> FRENCH = Set.of("les", "des", "du", "la", "et", "à", "une", "aux", "pour", "dans");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "with", "its", "that", "for", "in");

    private TextLanguage() {
    }

    /** {@code fr} when French small words outnumber English ones, else {@code en}. */
    public static String of(String text) {
        int french = 0;
        int english = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length > 4) {
                continue;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (FRENCH.contains(word) || word.equals("l") && elided(text, i)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return french > english ? "fr" : "en";
    }

    /** "l'" or "l’" followed by a word or a space: the French elided article. */
    private static boolean elided(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != '\'' && text.charAt(at) != '’') {
            return false;
        }
        char next = text.charAt(at + 1);
        return isWordChar(next) || Character.isWhitespace(next);
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}

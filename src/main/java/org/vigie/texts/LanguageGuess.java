package org.vigie.texts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells French from English by counting each language's commonest function words. */
final class LanguageGuess {

    private static final Pattern FRENCH = Pattern.compile("(?i)\\b(?:les|des|du|la|et|à|une|aux|l[’'])\\b");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(?:the|of|and|to|with|its|that)\\b");

    private static final String[] FRENCH_WORDS = {"les", "des", "du", "la", "et", "à", "une", "aux", "l’", "l'"};
    private static final String[] ENGLISH_WORDS = {"the", "of", "and", "to", "with", "its", "that"};
    private static final boolean[] FRENCH_INITIALS = Scan.initials(FRENCH_WORDS);
    private static final boolean[] ENGLISH_INITIALS = Scan.initials(ENGLISH_WORDS);

    private LanguageGuess() {
    }

    /** Enough text to tell the two languages apart with certainty; the rest would only cost time. */
    private static final int SAMPLE = 6000;

    static Language of(List<String> blocks) {
        // String.join(" ", blocks) cut to SAMPLE characters, without joining what would be cut.
        StringBuilder joined = new StringBuilder(SAMPLE + 1);
        for (int i = 0; i < blocks.size() && joined.length() < SAMPLE; i++) {
            if (i > 0) {
                joined.append(' ');
            }
            joined.append(blocks.get(i));
        }
        String all = joined.length() > SAMPLE ? joined.substring(0, SAMPLE) : joined.toString();
        return count(FRENCH, FRENCH_WORDS, FRENCH_INITIALS, all) > count(ENGLISH, ENGLISH_WORDS, ENGLISH_INITIALS, all)
                ? Language.FR : Language.EN;
    }

    private static int count(Pattern p, String[] words, boolean[] initials, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        int from = 0;
        while (Scan.find(m, text, from, initials, i -> Scan.wordStart(text, i) && Scan.wordAt(text, i, words))) {
            n++;
            from = m.end();
        }
        return n;
    }
}

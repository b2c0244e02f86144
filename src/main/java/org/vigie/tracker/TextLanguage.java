package org.vigie.tracker;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells a French recommendation from an English one by their commonest small words (OHCHR publishes both). */
final class TextLanguage {
    private static final Pattern FRENCH = Pattern.compile("(?iu)\\b(?:les|des|du|la|et|à|une|aux|pour|dans|l[’'])(?=\\s|\\b)");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(?:the|of|and|to|with|its|that|for|in)\\b");

    private TextLanguage() {
    }

    /** {@code fr} when French small words outnumber English ones, else {@code en}. */
    static String of(String text) {
        return count(FRENCH, text) > count(ENGLISH, text) ? "fr" : "en";
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        for (Matcher m = p.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }
}

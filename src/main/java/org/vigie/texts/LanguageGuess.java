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

    /**
     * The matches of {@code p}, a word boundary, one of {@code words} (no word a prefix of another, so
     * at most one is at any position) and a word boundary. Where the characters around the word are
     * ASCII, the boundaries are decided here as Java's {@code \\b} decides them (a word character is a
     * letter, a digit or '_'); elsewhere the pattern itself is tried, so the count is the pattern's.
     */
    private static int count(Pattern p, String[] words, boolean[] initials, String text) {
        Matcher m = null;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= initials.length || !initials[c] || !Scan.wordStart(text, i)) {
                continue;
            }
            String w = wordAt(text, i, words);
            if (w == null) {
                continue;
            }
            int end = i + w.length();
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char last = text.charAt(end - 1);
            char after = end == text.length() ? ' ' : text.charAt(end);
            int matchEnd;
            if (before < 128 && last < 128 && after < 128) {
                matchEnd = !isWord(before) && isWord(last) != isWord(after) ? end : -1;
            } else {
                if (m == null) {
                    m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, text.length());
                matchEnd = m.lookingAt() ? m.end() : -1;
            }
            if (matchEnd >= 0) {
                n++;
                i = matchEnd - 1;
            }
        }
        return n;
    }

    /** The one of {@code words} written at {@code i}, ASCII letters in either case, or null. */
    private static String wordAt(String text, int i, String[] words) {
        for (String w : words) {
            if (Scan.startsWithAny(text, i, w)) {
                return w;
            }
        }
        return null;
    }

    /** An ASCII word character for {@code \\b}. */
    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}

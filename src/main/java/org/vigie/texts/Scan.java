package org.vigie.texts;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Runs a regular expression only where it can start. Java's regex engine tries a pattern at every
 * position of the text; for the patterns of the rules that open with a word boundary and one of a few
 * words ("\b(?:we|our|nous…)"), nearly every position fails, and trying them all is what cost most of
 * the analysis time. Each caller gives a cheap test that every start of a match passes (the test may
 * accept more positions, never fewer); the pattern is then tried, anchored, at those positions only,
 * with transparent bounds so that look-behinds and word boundaries still see the whole text. The
 * match found is the one {@link Matcher#find()} finds: the leftmost, and the same at that position.
 */
public final class Scan {

    private Scan() {
    }

    /**
     * Finds the next match at or after {@code from}, as {@code m.find()} would after a match that
     * ended at {@code from}; {@code m} must have been made on {@code text}. A match can only start on
     * a character marked in {@code first} (see {@link #chars}, {@link #initials}) at a position that
     * passes {@code mayStart}; the table is looked at first, as it rules out most positions at once.
     */
    public static boolean find(Matcher m, String text, int from, boolean[] first, IntPredicate mayStart) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < first.length && first[c] && mayStart.test(i)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A table for {@link #find} marking {@code chars}. */
    public static boolean[] chars(String chars) {
        boolean[] first = new boolean[256];
        for (char c : chars.toCharArray()) {
            first[c] = true;
        }
        return first;
    }

    /** A table for {@link #find} marking the first letter of each word, both cases for an ASCII letter. */
    public static boolean[] initials(String... words) {
        boolean[] first = new boolean[256];
        for (String w : words) {
            char c = w.charAt(0);
            first[c] = true;
            if (c >= 'a' && c <= 'z') {
                first[c - 32] = true;
            }
        }
        return first;
    }

    /** The white space {@code \\s} matches. */
    public static final String SPACES = " \t\n\u000B\f\r";

    /**
     * Whether position {@code i} can hold a word boundary before a letter: the character before it is
     * not an ASCII letter, digit or underscore (all of which are word characters to {@code \b}).
     */
    public static boolean wordStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }

    /**
     * Whether one of {@code starts} (written in lower case) begins at {@code i}, an ASCII letter of the
     * text matching its lower or upper case, any other character only itself (as {@code (?i)} does).
     */
    public static boolean startsWithAny(String text, int i, String... starts) {
        for (String s : starts) {
            if (startsWith(text, i, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #startsWithAny}, for patterns that are a word boundary, one of {@code words} and a word
     * boundary: a word that ends with a letter must not be followed by an ASCII letter, digit or underscore.
     */
    public static boolean wordAt(String text, int i, String... words) {
        for (String w : words) {
            if (startsWith(text, i, w)) {
                int end = i + w.length();
                if (!Character.isLetterOrDigit(w.charAt(w.length() - 1)) || end == text.length() || wordStart(text, end + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(String text, int i, String s) {
        if (i + s.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = text.charAt(i + k);
            char p = s.charAt(k);
            if (c != p && !(p >= 'a' && p <= 'z' && (c | 0x20) == p)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s} of a Java regular expression: ASCII white space. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

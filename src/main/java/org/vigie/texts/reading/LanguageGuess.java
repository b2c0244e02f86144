package org.vigie.texts.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Language;
import org.vigie.texts.Scan;

/** Tells French from English by counting each language's commonest function words. */
final class LanguageGuess {

    private static final Pattern FRENCH = Pattern.compile("(?i)\\b(?:les|des|du|la|et|à|une|aux|l[’'])\\b");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(?:the|of|and|to|with|its|that)\\b");

    private static final String[] FRENCH_WORDS = {"les", "des", "du", "la", "et", "à", "une", "aux", "l’", "l'"};
    private static final String[] ENGLISH_WORDS = {"the", "of", "and", "to", "with", "its", "that"};
    private static final boolean[] FRENCH_INITIALS = Scan.initials(FRENCH_WORDS);
    private static final boolean[] ENGLISH_INITIALS = Scan.initials(ENGLISH_WORDS);
    private static final boolean[] INITIALS = either(FRENCH_INITIALS, ENGLISH_INITIALS);

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
        return frenchLeads(all) ? Language.FR : Language.EN;
    }

    /**
     * Whether the French function words outnumber the English ones in {@code text}, both counted in one
     * pass. Each count is that of {@code \\b(?:words)\\b} found left to right: a match is a whole word, and
     * no position inside one can start another match of either list (the character before it is an
     * ASCII letter, or the position is the "’" of "l’", which opens no word), so no position is skipped.
     */
    private static boolean frenchLeads(String text) {
        Matcher[] matchers = new Matcher[2];
        int french = 0;
        int english = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= INITIALS.length || !INITIALS[c] || !Scan.wordStart(text, i)) {
                continue;
            }
            if (FRENCH_INITIALS[c] && matches(FRENCH, FRENCH_WORDS, text, i, matchers, 0)) {
                french++;
            } else if (ENGLISH_INITIALS[c] && matches(ENGLISH, ENGLISH_WORDS, text, i, matchers, 1)) {
                english++;
            }
        }
        return french > english;
    }

    /**
     * Whether {@code p}, a word boundary, one of {@code words} (no word a prefix of another, so at most
     * one is at any position) and a word boundary, matches at {@code i}. Where the characters around the
     * word are ASCII, the boundaries are decided here as Java's {@code \\b} decides them (a word character
     * is a letter, a digit or '_'); elsewhere the pattern itself is tried, so the count is the pattern's.
     */
    private static boolean matches(Pattern p, String[] words, String text, int i, Matcher[] matchers, int which) {
        String w = wordAt(text, i, words);
        if (w == null) {
            return false;
        }
        int end = i + w.length();
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char last = text.charAt(end - 1);
        char after = end == text.length() ? ' ' : text.charAt(end);
        if (before < 128 && last < 128 && after < 128) {
            return !isWord(before) && isWord(last) != isWord(after);
        }
        if (decidable(before) && decidable(last) && decidable(after)) {
            // "à", "l’" and accented neighbours: the same decision with \b's word characters beyond ASCII.
            return !isJavaWord(before) && isJavaWord(last) != isJavaWord(after);
        }
        if (matchers[which] == null) {
            matchers[which] = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        Matcher m = matchers[which];
        m.region(i, text.length());
        return m.lookingAt();
    }

    /** The one of {@code words} written at {@code i}, ASCII letters in either case, or null. */
    private static String wordAt(String text, int i, String[] words) {
        char first = text.charAt(i);
        for (String w : words) {
            char initial = w.charAt(0);
            if (initial != first && !(initial >= 'a' && initial <= 'z' && (first | 0x20) == initial)) {
                continue; // the same test as Scan.startsWithAny makes on the first character
            }
            if (Scan.startsWithAny(text, i, w)) {
                return w;
            }
        }
        return null;
    }

    private static boolean[] either(boolean[] a, boolean[] b) {
        boolean[] both = new boolean[a.length];
        for (int c = 0; c < both.length; c++) {
            both[c] = a[c] || b[c];
        }
        return both;
    }

    /**
     * Whether {@code \\b} judges {@code c} by {@link #isJavaWord} alone: Java's {@code \\b} also looks
     * around a non-spacing mark and reads a surrogate as part of a code point, so those go to the pattern.
     */
    private static boolean decidable(char c) {
        return !Character.isSurrogate(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }

    /** A word character for {@code \\b} without {@code UNICODE_CHARACTER_CLASS}: a letter, a digit or '_'. */
    private static boolean isJavaWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** An ASCII word character for {@code \\b}. */
    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}

package org.vigie.texts.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the spaces that PDF extraction puts around punctuation: "droits de l ’ homme" for "droits de
 * l’homme", "Turkey ,**" for "Turkey,**", "4 9 / 34" for "49/34". Neither English nor French puts a space
 * before a comma or a full stop, around an elided apostrophe or inside a resolution number, so these spaces are
 * never the author's. French spaces before ";", ":", "?" and "!" are typography and stay.
 */
final class Spacing {

    /** An elision ("l’", "d’", "qu’", "jusqu’") or an English possessive ("State’s") split by spaces. */
    private static final Pattern APOSTROPHE = Pattern.compile(
            "(?<![\\p{L}])(?i:(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu))(?: ?([’']) ?| ([’']))(?=\\p{L})"
            + "|(?<=\\p{L}) ?([’']) ?(?=s(?![\\p{L}]))");
    /** A space before a comma or full stop that follows a word, a figure or a closing mark. */
    private static final Pattern BEFORE_POINT = Pattern.compile("(?<=[\\p{L}\\d)\\]»”\"’*]) +(?=[,.](?![.\\d]))");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d/])(\\d(?: ?\\d){0,3}) ?/ ?(\\d(?: ?\\d){0,3})(?![\\d/])");

    /** "Quarante - neuv ième": a hyphen between letters with spaces around it, a French ordinal's ending apart. */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\p{Ll}) - (?=\\p{Ll})|(?<=\\p{L}) (?=i?ème(?:s)?(?![\\p{L}]))");

    private Spacing() {
    }

    static String repair(String block) {
        if (block.indexOf(' ') < 0) {
            return block;
        }
        String s = block;
        if (s.indexOf('’') >= 0 || s.indexOf('\'') >= 0) {
            s = apostrophes(s);
        }
        if (s.contains(" ,") || s.contains(" .")) {
            s = BEFORE_POINT.matcher(s).replaceAll("");
        }
        if (s.indexOf('/') >= 0) {
            s = numbers(s);
        }
        if (s.contains(" - ") || s.contains("ème")) {
            s = SPACED_HYPHEN.matcher(s).replaceAll(m -> m.group().strip().isEmpty() ? "" : "-");
        }
        return s;
    }

    private static String apostrophes(String s) {
        Matcher m = APOSTROPHE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                String mark = m.group(2) != null ? m.group(2) : m.group(3);
                replacement = m.group(1) + mark;
            } else {
                replacement = m.group(4);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "4 9 / 34" is "49/34"; a figure pair already written whole is left as it is. */
    private static String numbers(String s) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            String joined = whole.replace(" ", "");
            m.appendReplacement(out, Matcher.quoteReplacement(whole.contains(" ") ? joined : whole));
        }
        m.appendTail(out);
        return out.toString();
    }
}

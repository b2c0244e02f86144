package org.vigie.texts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Damages a resolution's text as copies made by hand or by PDF extraction do: lines repeated, lost, swapped or cut,
 * stray characters, words split by a space, hard wrapping. The golden and damaged-text tests share it; a seeded
 * {@link Random} makes each damaged text reproducible (the golden digests depend on the exact sequence of draws).
 */
public final class TextDamage {
    private static final String STRAY = "§*\u00A0\t,;.:«»()[]\"'\u0001\uFEFF\u00AD-–aZ9 ";

    private TextDamage() {
    }

    /** Hard-wraps every line at {@code width} characters on spaces, as a mail client or editor would. */
    public static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int column = 0;
            for (String word : line.split(" ", -1)) {
                if (column > 0 && column + 1 + word.length() > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Hard-wraps every line at {@code width} and puts a blank line after each printed line, as text copied from
     * some PDF viewers comes out: paragraph breaks and line breaks look the same.
     */
    public static String wrapWithBlankLines(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : wrap(text, width).split("\n", -1)) {
            if (!line.isBlank()) {
                out.append(line).append("\n\n");
            }
        }
        return out.toString();
    }

    /**
     * Spaces punctuation as PDF extraction does: "l ’ homme", "Charter ,", "60 / 251". Only spaces the author
     * never writes are added (before a comma or point after a word, around an elided apostrophe, inside a
     * resolution number).
     */
    public static String spacePunctuation(String text) {
        return text.replaceAll("(?<=\\b[lLdDjJmMnNsStTcC]|\\b[qQ]u)([’'])(?=\\p{L})", " $1 ")
                .replaceAll("(?<=[\\p{L}\\d])([,.])(?=\\s)", " $1")
                .replaceAll("(?<=[\\s(])(\\d{1,3})/(\\d{1,4})(?![\\d/])", "$1 / $2");
    }

    public static String damage(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        int operations = 1 + random.nextInt(6);
        for (int i = 0; i < operations && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.add(at, lines.get(at));
                case 1 -> lines.remove(at);
                case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.set(at, stray(lines.get(at), random));
                case 4 -> lines.set(at, breakWord(lines.get(at), random));
                default -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
            }
        }
        String joined = String.join("\n", lines);
        return random.nextInt(4) == 0 ? joined.substring(0, random.nextInt(joined.length() + 1)) : joined;
    }

    public static String stray(String line, Random random) {
        StringBuilder b = new StringBuilder(line);
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
            b.insert(random.nextInt(b.length() + 1), STRAY.charAt(random.nextInt(STRAY.length())));
        }
        return b.toString();
    }

    /** Inserts a space inside a few words, as a PDF's justification does ("Confere nce"). */
    public static String breakWord(String line, Random random) {
        StringBuilder b = new StringBuilder(line);
        for (int k = 0; k < 1 + random.nextInt(3) && b.length() > 2; k++) {
            int at = 1 + random.nextInt(b.length() - 1);
            if (Character.isLetter(b.charAt(at - 1)) && Character.isLetter(b.charAt(at))) {
                b.insert(at, ' ');
            }
        }
        return b.toString();
    }
}

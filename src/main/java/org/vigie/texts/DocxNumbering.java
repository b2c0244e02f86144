package org.vigie.texts;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes out the numbers Word draws from its list numbering, which are not in the paragraph's text:
 * delegations number operative paragraphs and sub-paragraphs automatically. Decimal levels become
 * "1. ", letters "(a) ", roman numerals "(i) ", as the printed resolution shows them; bullets add
 * nothing. Lists are counted from 1 (a start value other than 1 is not read).
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The printed number of {@code paragraph} followed by a space, or "" when it is not numbered. */
    String prefix(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        if (list == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        int[] count = counters.computeIfAbsent(list, id -> new int[LEVELS]);
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
        return switch (format) {
            case "decimal" -> count[level] + ". ";
            case "lowerLetter" -> "(" + (char) ('a' + (count[level] - 1) % 26) + ") ";
            case "lowerRoman" -> "(" + roman(count[level]) + ") ";
            default -> "";
        };
    }

    static String roman(int n) {
        String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
        return n >= 100 ? String.valueOf(n) : tens[n / 10] + ones[n % 10];
    }
}

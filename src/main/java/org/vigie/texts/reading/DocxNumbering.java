package org.vigie.texts.reading;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Writes out the numbers Word draws from its list numbering, which are not in the paragraph's text:
 * delegations number operative paragraphs and sub-paragraphs automatically. Decimal levels become
 * "1. ", letters "(a) ", roman numerals "(i) ", as the printed resolution shows them; bullets add
 * nothing.
 *
 * <p>Counting follows Word: a list is counted per list definition (abstract numbering), so paragraphs
 * attached to two numbering instances of the same definition continue one list; a level starts at its
 * definition's start value; an instance that overrides a level's start (Word's "Restart numbering")
 * restarts it there the first time it is used; a deeper level restarts after each shallower item.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<String> overridesApplied = new HashSet<>();

    /** The printed number of {@code paragraph} followed by a space, or "" when it is not numbered. */
    String prefix(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        XWPFNumbering numbering = paragraph.getDocument().getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        BigInteger definition = num != null && num.getCTNum().getAbstractNumId() != null
                ? num.getCTNum().getAbstractNumId().getVal() : numId;
        int[] count = counters.computeIfAbsent(definition, id -> new int[LEVELS]);
        Integer override = startOverride(num, level);
        if (override != null && overridesApplied.add(numId + ":" + level)) {
            count[level] = override;
        } else if (count[level] == 0) {
            count[level] = start(numbering, definition, level);
        } else {
            count[level]++;
        }
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
        return switch (format) {
            case "decimal" -> count[level] + ". ";
            case "lowerLetter" -> "(" + (char) ('a' + (Math.max(count[level], 1) - 1) % 26) + ") ";
            case "lowerRoman" -> "(" + roman(count[level]) + ") ";
            default -> "";
        };
    }

    private static Integer startOverride(XWPFNum num, int level) {
        if (num == null) {
            return null;
        }
        for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == level && o.isSetStartOverride()) {
                return o.getStartOverride().getVal().intValue();
            }
        }
        return null;
    }

    /** The level's start value in the list definition; Word writes it always, 1 when a tool did not. */
    private static int start(XWPFNumbering numbering, BigInteger definition, int level) {
        XWPFAbstractNum abstractNum = numbering == null ? null : numbering.getAbstractNum(definition);
        if (abstractNum != null) {
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.isSetStart()) {
                    return lvl.getStart().getVal().intValue();
                }
            }
        }
        return 1;
    }

    static String roman(int n) {
        String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
        return n >= 100 || n < 1 ? String.valueOf(n) : tens[n / 10] + ones[n % 10];
    }
}

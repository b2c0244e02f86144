package org.vigie.texts.reading;

import java.util.regex.Pattern;
import org.vigie.texts.ResolutionSymbol;

/**
 * Page furniture that a text copied from a published document carries into its body: the job number
 * ("GE.18-05349 (E) 060418 090418"), the bar code, page numbers, and the running head repeated at the top of
 * each page ("United Nations A/HRC/RES/28/31 General Assembly Distr.: General 9 April 2015", or the symbol
 * alone). None of them is part of a paragraph; a hard-wrapped paragraph they interrupt goes on after them.
 */
final class Furniture {

    static final Pattern JOB_NUMBER = Pattern.compile(
            "^(?:GE\\.)?\\d{2}-\\d{5}\\s*(?:\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}\\s*(?:\\*\\d{7}\\*)?$");
    private static final Pattern BAR_CODE = Pattern.compile("^\\*\\d{7,}\\*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:\\d{1,3}\\s*/\\s*\\d{1,3}|-\\s*\\d{1,3}\\s*-|Page\\s+\\d{1,3})$");
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "(?i)^(?:agenda item|point)\\s+\\d{1,3}(?:\\s*\\([a-z]\\))?(?:\\s+de l[’']ordre du jour)?\\.?$");
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\w/(])" + ResolutionSymbol.REGEX);
    /** The words of a running head besides the symbol; once they and the symbol are gone, nothing is left. */
    private static final Pattern HEAD_WORDS = Pattern.compile(
            "(?i)United Nations|Nations Unies|General Assembly|Assemblée générale|Security Council|Conseil de sécurité"
            + "|Human Rights Council|Conseil des droits de l[’']homme|Distr\\.?\\s*:?\\s*(?:General|Limited|Restricted"
            + "|générale|limitée|restreinte)?|Original\\s*:\\s*\\p{L}+|\\b(?:English|French|Spanish|Arabic|Russian|Chinese"
            + "|anglais|français|espagnol|arabe|russe|chinois)\\b|" + Dates.REGEX + "|[\\s,.;:]+");

    private Furniture() {
    }

    /** Whether {@code block}, met in the body, is page furniture. */
    static boolean isFurniture(String block) {
        if (JOB_NUMBER.matcher(block).matches() || BAR_CODE.matcher(block).matches()
                || PAGE_NUMBER.matcher(block).matches() || AGENDA_ITEM.matcher(block).matches()) {
            return true;
        }
        return block.length() < 200 && isRunningHead(block);
    }

    /** A symbol with nothing around it but the masthead's words. */
    static boolean isRunningHead(String block) {
        if (!SYMBOL.matcher(block).find()) {
            return false;
        }
        String rest = SYMBOL.matcher(block).replaceAll(" ");
        return HEAD_WORDS.matcher(rest).replaceAll("").isEmpty();
    }
}

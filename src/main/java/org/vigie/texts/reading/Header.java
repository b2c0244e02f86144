package org.vigie.texts.reading;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Adoption;
import org.vigie.texts.ResolutionSymbol;

/**
 * What a resolution says about itself before the organ line: symbol, session, agenda item, title.
 * The masthead of an official document (United Nations / symbol / Distr. / job number) and the
 * adoption heading are recognised and left out of the title.
 */
record Header(ResolutionSymbol symbol, String session, String agendaItem, String title, Adoption adoption) {

    /**
     * The Security Council states its adoption in the heading, not at the foot: "Adopted by the Security
     * Council at its 9520th meeting, on 22 December 2023" / "Adoptée par le Conseil de sécurité à sa
     * 9520e séance, le 22 décembre 2023".
     */
    private static final Pattern ADOPTED_AT = Pattern.compile(
            "(?i)^(?:Adopted by .+? at its|Adoptée? par .+? à sa)\\s+(\\d+\\s*(?:st|nd|rd|th|e|re|ème)?\\s+"
            + "(?:plenary\\s+)?(?:meeting|séance(?:\\s+plénière)?)),?\\s+(?:on|le)\\s+(.+?)\\.?$");

    private static final Pattern SYMBOL = Pattern.compile("(?<![\\w/(])" + ResolutionSymbol.REGEX);
    private static final Pattern SESSION = Pattern.compile("(?i)^([\\p{L}\\- ]+\\s+session)$");
    private static final Pattern AGENDA = Pattern.compile(
            "(?i)^(?:agenda item|point)\\s+(\\S+(?:\\s*\\([a-z]\\))?)(?:\\s+de l[’']ordre du jour)?\\.?$");
    private static final Pattern MASTHEAD = Pattern.compile(
            "(?i)^(?:United Nations|Nations Unies|General Assembly|Assemblée générale|Security Council"
            + "|Conseil de sécurité|Human Rights Council|Conseil des droits de l[’']homme|Distr\\.?\\s*:?.*"
            + "|Original\\s*:.*"
            + "|\\[.*\\]|(?:Resolution|Résolution|Decision|Décision) adopt.*|.*(?:draft resolution"
            + "|projet de résolution).*|" + Dates.REGEX + "|[\\d\\p{L} ]{1,30}[–-]\\s*" + Dates.REGEX + ")$"
            + "|^(?:United Nations|Nations Unies)\\s+" + ResolutionSymbol.REGEX + "$");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,4}/\\d{1,4})\\.\\s+(.+)$");

    /** Reads the header; {@code series} prefixes a number printed in the title ("73/6." with "A/RES/"). */
    static Header read(List<String> blocks, String series) {
        ResolutionSymbol symbol = masthead(blocks).orElse(null);
        String session = null;
        String agendaItem = null;
        String title = "";
        Adoption adoption = null;
        for (String block : blocks) {
            Matcher m;
            if ((m = ADOPTED_AT.matcher(block)).matches()) {
                adoption = new Adoption(m.group(1), Dates.find(m.group(2)).orElse(null));
            } else if ((m = SESSION.matcher(block)).matches()) {
                session = m.group(1);
            } else if ((m = AGENDA.matcher(block)).matches()) {
                agendaItem = m.group(1);
            } else if (!MASTHEAD.matcher(block).matches() && !block.matches("^" + ResolutionSymbol.REGEX + "$")) {
                title = block;
            }
        }
        Matcher numbered = NUMBERED_TITLE.matcher(title);
        if (numbered.matches()) {
            title = numbered.group(2);
            if (symbol == null) {
                symbol = new ResolutionSymbol(series + numbered.group(1));
            }
        }
        return new Header(symbol, session, agendaItem, cleanTitle(title), adoption);
    }

    /** The symbol printed in the masthead: the first one outside brackets (those cite the drafts). */
    private static Optional<ResolutionSymbol> masthead(List<String> blocks) {
        for (String block : blocks) {
            if (block.startsWith("[")) {
                continue;
            }
            Matcher m = SYMBOL.matcher(block);
            if (m.find()) {
                return Optional.of(new ResolutionSymbol(m.group()));
            }
        }
        return Optional.empty();
    }

    /** A draft's title line may keep the stray point of a deleted number (" .\tAssistance ..."). */
    private static String cleanTitle(String title) {
        return title.replaceFirst("^[\\s.\\-–*]+", "").strip();
    }
}

package org.vigie.texts.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Adoption;
import org.vigie.texts.Masthead;
import org.vigie.texts.ResolutionSymbol;
import org.vigie.texts.Sponsor;

/**
 * What a resolution says about itself before the organ line: symbol, session, agenda item, title, and the
 * rest of its first page ({@link Masthead}: distribution date, original language, session dates, sponsors,
 * the adoption stated in the heading). The masthead items, job numbers and the adoption heading are
 * recognised and left out of the title.
 */
record Header(ResolutionSymbol symbol, String session, String agendaItem, String title, Adoption adoption,
              Masthead masthead, boolean decision) {

    /**
     * The Security Council states its adoption in the heading, not at the foot: "Adopted by the Security
     * Council at its 9520th meeting, on 22 December 2023" / "Adoptée par le Conseil de sécurité à sa
     * 9520e séance, le 22 décembre 2023".
     */
    private static final Pattern ADOPTED_AT = Pattern.compile(
            "(?i)^(?:Adopted by .+? at its|Adoptée? par .+? à sa)\\s+(\\d+\\s*(?:st|nd|rd|th|e|re|ème)?\\s+"
            + "(?:plenary\\s+)?(?:meeting|séance(?:\\s+plénière)?)),?\\s+(?:on|le)\\s+(.+?)\\.?$");
    /** The Council's heading: "Resolution adopted by the Human Rights Council on 1 April 2022", dated or not. */
    private static final Pattern ADOPTED_HEADING = Pattern.compile(
            "(?i)^(Resolution|Résolution|Decision|Décision)s?\\s+adopt\\p{L}*\\s+(?:by|par)\\b.*$");
    /** A decision's heading sentence: "At its 24th meeting, on 10 June 2010, the Human Rights Council …". */
    private static final Pattern AT_MEETING = Pattern.compile(
            "(?i)^(?:At its|À sa)\\s+(\\d{1,4}\\s*(?:st|nd|rd|th|e|re|ème)?\\s+(?:plenary\\s+meeting|meeting"
            + "|séance\\s+plénière|séance)),?\\s+(?:held\\s+)?(?:on|le)\\s+(.{6,40}?),.*$");

    private static final Pattern SYMBOL = Pattern.compile("(?<![\\w/(])" + ResolutionSymbol.REGEX);
    private static final Pattern SESSION = Pattern.compile(
            "(?i)^(?:(?:Human Rights Council|Conseil des droits de l[’']homme|General Assembly|Assemblée générale)\\s+)?+"
            + "([\\p{L}\\- ]+\\s+session)$");
    private static final Pattern AGENDA = Pattern.compile(
            "(?i)^(?:agenda item|point)\\s+(\\S+(?:\\s*\\([a-z]\\))?)(?:\\s+de l[’']ordre du jour)?\\.?$");
    private static final Pattern DISTR = Pattern.compile("(?i)^Distr\\.?\\s*:?.*$");
    private static final Pattern ORIGINAL = Pattern.compile("(?i)^Original\\s*:\\s*(\\p{L}+)\\.?$");
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)^" + Dates.REGEX + "$");
    private static final Pattern SESSION_DATES = Pattern.compile("(?i)^[\\d\\p{L} ]{1,30}\\s*[–-]\\s*" + Dates.REGEX + "$");
    private static final Pattern MASTHEAD = Pattern.compile(
            "(?i)^(?:United Nations|Nations Unies|General Assembly|Assemblée générale|Security Council"
            + "|Conseil de sécurité|Human Rights Council|Conseil des droits de l[’']homme"
            + "|English|French|Spanish|Arabic|Russian|Chinese|Anglais|Français|Espagnol|Arabe|Russe|Chinois"
            + "|\\[.*\\]|.*(?:draft resolution|projet de résolution).*)$"
            + "|^(?:United Nations|Nations Unies)\\s+" + ResolutionSymbol.REGEX + "$");
    /** "73/6. Title", "34/39.Title" (extraction may lose the space), a draft's "40/... Title". */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,4}/(?:\\d{1,4}|\\.{3}|…))\\.?\\s*(?=\\p{L})(.+)$");
    private static final Pattern ENDS_WITH_COMMA = Pattern.compile(",\\s*\\**$");
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("anglais", "en"), Map.entry("french", "fr"), Map.entry("français", "fr"),
            Map.entry("spanish", "es"), Map.entry("espagnol", "es"), Map.entry("arabic", "ar"), Map.entry("arabe", "ar"),
            Map.entry("russian", "ru"), Map.entry("russe", "ru"), Map.entry("chinese", "zh"), Map.entry("chinois", "zh"));

    /**
     * Reads the header; {@code series} prefixes a number printed in the title ("73/6." with "A/RES/"), and
     * {@code notes} gives the meaning of the marks of the document's starred footnotes.
     */
    static Header read(List<String> rawBlocks, String series, Map<String, String> notes) {
        List<String> blocks = joinWrapped(splitRunOn(rawBlocks));
        ResolutionSymbol symbol = masthead(blocks).orElse(null);
        Reading r = new Reading();
        for (String block : blocks) {
            r.read(block, notes);
        }
        String title = r.title;
        String draftNumber = null;
        Matcher numbered = NUMBERED_TITLE.matcher(title);
        if (numbered.matches()) {
            title = numbered.group(2);
            if (numbered.group(1).matches("\\d+/\\d+")) {
                if (symbol == null) {
                    symbol = new ResolutionSymbol((r.decision ? series.replace("/RES/", "/DEC/") : series) + numbered.group(1));
                }
            } else {
                draftNumber = numbered.group(1);
            }
        }
        Masthead masthead = new Masthead(r.distributed, r.original, r.sessionDates, draftNumber, r.sponsors,
                r.headingSaysAdopted, r.headingDate, null);
        return new Header(symbol, r.session, r.agendaItem, cleanTitle(title), r.adoption, masthead, r.decision);
    }

    /** The header's state as its blocks are read in order. */
    private static final class Reading {
        String session;
        String agendaItem;
        String title = "";
        Adoption adoption;
        LocalDate distributed;
        boolean distrSeen;
        String original;
        String sessionDates;
        List<Sponsor> sponsors = List.of();
        boolean headingSaysAdopted;
        LocalDate headingDate;
        boolean decision;
        /** Whether the block just read was taken for the title, so that a title wrapped over lines is joined. */
        boolean lastWasTitle;

        void read(String block, Map<String, String> notes) {
            boolean wasTitle = lastWasTitle;
            lastWasTitle = false;
            Matcher m;
            if (Furniture.JOB_NUMBER.matcher(block).matches()) {
                return;
            }
            if ((m = ADOPTED_AT.matcher(block)).matches()) {
                adoption = new Adoption(m.group(1), Dates.find(m.group(2)).orElse(null));
            } else if ((m = ADOPTED_HEADING.matcher(block)).matches()) {
                headingSaysAdopted = true;
                headingDate = Dates.find(block).orElse(null);
                decision |= m.group(1).toLowerCase(Locale.ROOT).startsWith("d");
            } else if ((m = AT_MEETING.matcher(block)).matches()) {
                adoption = new Adoption(m.group(1).replaceAll("\\s+", " "), Dates.find(m.group(2)).orElse(null));
                decision = true;
            } else if ((m = SESSION.matcher(block)).matches()) {
                session = m.group(1);
            } else if ((m = AGENDA.matcher(block)).matches()) {
                agendaItem = m.group(1);
            } else if (DISTR.matcher(block).matches()) {
                distrSeen = true;
                distributed = Dates.find(block).orElse(distributed);
            } else if ((m = ORIGINAL.matcher(block)).matches()) {
                original = LANGUAGES.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(1).toLowerCase(Locale.ROOT));
            } else if (SESSION_DATES.matcher(block).matches()) {
                sessionDates = block;
            } else if (DATE_ONLY.matcher(block).matches()) {
                if (distributed == null) {
                    distributed = Dates.find(block).orElse(null);
                }
            } else if (Sponsors.isSponsorLine(block)) {
                sponsors = Sponsors.read(block, notes).orElse(List.of());
            } else if (!MASTHEAD.matcher(block).matches() && !block.matches("^" + ResolutionSymbol.REGEX + "$")
                    && !Furniture.isRunningHead(block)) {
                boolean wrapped = wasTitle && !title.endsWith(".") && !NUMBERED_TITLE.matcher(block).matches();
                title = wrapped ? title + " " + block : block;
                lastWasTitle = true;
            }
        }
    }

    /**
     * A header line that begins in lower case or with punctuation continues the one before (a title wrapped
     * over two lines), and so does any line after one that ends with a comma, with or without a sponsor's
     * marks (a list of sponsors wrapped over several lines).
     */
    private static List<String> joinWrapped(List<String> blocks) {
        List<String> joined = new ArrayList<>();
        for (String block : blocks) {
            String previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && (Character.isLowerCase(block.codePointAt(0)) || ",;".indexOf(block.charAt(0)) >= 0
                    || ENDS_WITH_COMMA.matcher(previous).find() || datesAdoption(previous, block)
                    || openSentence(previous))) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + block);
            } else {
                joined.add(block);
            }
        }
        return joined;
    }

    /**
     * Copies that flatten the heading put organ, session, agenda item and its title on one line ("Human Rights
     * Council Fourteenth session Agenda item 4 Human rights situations that require the Council’s attention");
     * they are read as the lines they were.
     */
    private static List<String> splitRunOn(List<String> blocks) {
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            Matcher m = RUN_ON.matcher(block);
            if (m.matches()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null && !m.group(g).isBlank()) {
                        out.add(m.group(g).strip());
                    }
                }
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static final Pattern RUN_ON = Pattern.compile(
            "(?i)^(Human Rights Council|Conseil des droits de l[’']homme|General Assembly|Assemblée générale)\\s+"
            + "([\\p{L}\\-]+(?:\\s[\\p{L}\\-]+)?\\s+session)\\s+((?:Agenda item|Point)\\s+\\d{1,3}(?:\\s*\\([a-z]\\))?"
            + "(?:\\s+de l[’']ordre du jour)?)\\.?(?:\\s+(.+))?$");

    /** A decision's sentence ("At its 24th meeting, on 10 June 2010, the Human Rights") not yet closed. */
    private static boolean openSentence(String previous) {
        return SENTENCE_START.matcher(previous).lookingAt() && !previous.endsWith(":") && !previous.endsWith(".");
    }

    private static final Pattern SENTENCE_START = Pattern.compile("^(?:At its|À sa)\\s+\\d");

    /** An adoption heading whose date was wrapped onto the next line ("... on 24 March" / "2017"). */
    private static boolean datesAdoption(String previous, String block) {
        return ADOPTED_HEADING.matcher(previous).matches() && Dates.find(previous).isEmpty()
                && Dates.find(previous + " " + block).isPresent();
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

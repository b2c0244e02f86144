package org.vigie.texts.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Footnote;
import org.vigie.texts.Paragraph;
import org.vigie.texts.ParagraphNames;
import org.vigie.texts.Reference;
import org.vigie.texts.Resolution;
import org.vigie.texts.Scan;
import org.vigie.texts.reading.Dates;

/**
 * Finds the resolutions and documents a text cites, with the body that adopted them and their date.
 * UN texts cite a resolution by its number ("60/251", "2453 A (XXIII)", "2250 (2015)") after the word
 * "resolution", the body before it ("General Assembly resolution") or after it ("de l’Assemblée
 * générale"), "its"/"ses" for the organ itself, and the date after "of"/"du"/"en date du"; a date
 * introduced by "toutes deux"/"both" belongs to every reference of the list before it.
 */
public final class ReferenceFinder {

    private static final Pattern REF = Pattern.compile("(?<![\\w/.\\-])(?:"
            + "(?<old>\\d{3,4}\\s+[A-Z]\\s+\\([IVXLC]+\\)|\\d{3,4}\\s+\\([IVXLC]+\\))"
            + "|(?<sc>\\d{3,4}\\s+\\(\\d{4}\\))"
            + "|(?<doc>[A-Z]{1,6}\\d{0,3}(?:/[A-Za-z0-9.\\-]*[A-Za-z0-9])+)"
            + "|(?<num>(?:S-)?\\d{1,3}/\\d{1,4}(?:\\s+[A-Z](?![\\w]))?)"
            + "|(?<wha>(?<=(?:resolution|résolution)\\s)\\d{1,2}\\.\\d{1,2})"
            + ")(?![\\w/])");
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:résolutions?|resolutions?|décisions?|decisions?)\\b");
    private static final Pattern SECURITY_COUNCIL = Pattern.compile("Security Council|Conseil de sécurité");
    private static final Map<String, String> BODIES = Map.of(
            "(?:General Assembly|Assemblée générale)", "General Assembly",
            "(?:Human Rights Council|Conseil des droits de l[’']homme)", "Human Rights Council",
            "(?:Security Council|Conseil de sécurité)", "Security Council",
            "(?:Economic and Social Council|Conseil économique et social)", "Economic and Social Council",
            "(?:World Health Assembly|Assemblée mondiale de la [Ss]anté)", "World Health Assembly",
            "(?:Commission on Human Rights|Commission des droits de l[’']homme)", "Commission on Human Rights");
    private static final String ANY_BODY = "(" + String.join("|", BODIES.keySet()) + ")";
    private static final Pattern BODY_AFTER = Pattern.compile("^\\s*,?\\s*(?:de l[’']|du |of the )" + ANY_BODY);
    private static final Pattern BODY_BEFORE = Pattern.compile(ANY_BODY + "|\\b(?i:(ses|its|sa|son)(?:\\s+propres?)?)\\s+"
            + "(?i:résolutions?|resolutions?|décisions?|decisions?)\\b");
    private static final Pattern DATE_AFTER = Pattern.compile("^([^;]{0,160}?)\\b(?:en date du|du|of|dated|adoptée? le|adopted on)\\s+"
            + Dates.REGEX, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SHARED = Pattern.compile("(?i)\\b(?:toutes deux|tous deux|toutes|tous|both|all)\\s*(?:en date du|du|of|dated|adopted on)?\\s*$");

    private ReferenceFinder() {
    }

    public static List<Reference> find(Resolution r) {
        String organBody = bodyName(r.organ());
        List<Reference> found = new ArrayList<>();
        for (int i = 0; i < r.preamble().size(); i++) {
            Paragraph p = r.preamble().get(i);
            found.addAll(in(p.fullText(), ParagraphNames.preamble(r, i), organBody));
        }
        for (int i = 0; i < r.operative().size(); i++) {
            Paragraph p = r.operative().get(i);
            found.addAll(in(p.fullText(), ParagraphNames.operative(r, i), organBody));
        }
        for (int a = 0; a < r.annexes().size(); a++) {
            List<Paragraph> paragraphs = r.annexes().get(a).paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                found.addAll(in(p.fullText(), ParagraphNames.annex(a, p, i), organBody));
            }
        }
        for (Footnote note : r.footnotes()) {
            found.addAll(in(note.text(), "footnote " + note.number(), organBody));
        }
        return found;
    }

    public static List<Reference> in(String text, String where, String organBody) {
        List<int[]> spans = spans(text, organBody);
        List<Reference> refs = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        String body = null;
        int undatedFrom = 0;
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            String before = text.substring(k == 0 ? 0 : spans.get(k - 1)[1], span[0]);
            String after = text.substring(span[1], k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length());
            body = body(before, after, k == 0 ? null : body, organBody);
            String symbol = text.substring(span[0], span[1]);
            Matcher date = DATE_AFTER.matcher(after);
            LocalDate when = date.lookingAt() ? Dates.of(date, 2).orElse(null) : null;
            gaps.add(after);
            refs.add(new Reference(symbol, isDocument(symbol) ? null : body, when, where));
            if (when != null) {
                shareDate(refs, when, isPair(before, refs) ? refs.size() - 2
                        : SHARED.matcher(date.group(1)).find() ? undatedFrom : refs.size() - 1);
                undatedFrom = refs.size();
            }
        }
        String[] relations = Relations.of(text, gaps);
        for (int i = 0; i < refs.size(); i++) {
            refs.set(i, refs.get(i).withRelation(relations[i]));
        }
        return refs;
    }

    /** Gives {@code when} to the undated references from {@code from} to the one just added. */
    private static void shareDate(List<Reference> refs, LocalDate when, int from) {
        for (int j = from; j < refs.size() - 1; j++) {
            Reference old = refs.get(j);
            if (old.date() == null) {
                refs.set(j, new Reference(old.symbol(), old.body(), when, old.paragraph()));
            }
        }
    }

    /** "resolutions 5/1 and 5/2 of 18 June 2007": an undated first of a pair takes the pair's date. */
    private static boolean isPair(String gapBefore, List<Reference> refs) {
        return refs.size() > 1 && refs.get(refs.size() - 2).date() == null
                && PAIR_GAP.matcher(gapBefore).matches();
    }

    /** Where the references of {@code text} stand, in the order {@link #in} returns them. */
    public static List<int[]> spansOf(String text, String organBody) {
        return spans(text, organBody);
    }

    private static List<int[]> spans(String text, String organBody) {
        List<int[]> spans = new ArrayList<>();
        if (!mayCite(text)) {
            return spans;
        }
        Matcher m = REF.matcher(text);
        Prefixes prefixes = null;
        int from = 0;
        // Every reference starts with a figure or a capital letter.
        while (Scan.find(m, text, from, DIGITS_AND_CAPITALS, i -> mayStartReference(text, i))) {
            from = m.end();
            if (prefixes == null) {
                Matcher trigger = TRIGGER.matcher(text);
                Matcher council = SECURITY_COUNCIL.matcher(text);
                prefixes = new Prefixes(
                        Scan.find(trigger, text, 0, TRIGGER_FIRST, i -> Scan.wordStart(text, i)) ? trigger.end() : Integer.MAX_VALUE,
                        Scan.find(council, text, 0, SECURITY_COUNCIL_FIRST, i -> true) ? council.end() : Integer.MAX_VALUE);
            }
            if (accepted(m, prefixes, organBody)) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    /**
     * Bare numbers count only in a text that speaks of resolutions; "2250 (2015)" only where the
     * Security Council is named or speaks; document symbols need a figure.
     */
    private static boolean accepted(Matcher m, Prefixes prefixes, String organBody) {
        String doc = m.group("doc");
        if (doc != null) {
            return doc.chars().anyMatch(Character::isDigit) && doc.indexOf('/') > 0;
        }
        if (m.group("sc") != null) {
            return prefixes.names(prefixes.securityCouncilEnd(), m.start())
                    || "Security Council".equals(organBody) && prefixes.names(prefixes.triggerEnd(), m.start());
        }
        return prefixes.names(prefixes.triggerEnd(), m.start());
    }

    /**
     * Where the first "resolution" word and the first naming of the Security Council end in a text.
     * A match of {@code REF} is never preceded by a word character, so the text before it holds one
     * of them exactly when the first one in the whole text ends at or before the match: each is
     * found once per text instead of once per match in the ever longer text before it.
     */
    private record Prefixes(int triggerEnd, int securityCouncilEnd) {
        boolean names(int firstEnd, int before) {
            return firstEnd <= before;
        }
    }

    private static boolean namesResolution(String text) {
        return Scan.find(TRIGGER.matcher(text), text, 0, TRIGGER_FIRST, i -> Scan.wordStart(text, i));
    }

    /** Every reference holds a figure; a text without one cites nothing. */
    private static boolean mayCite(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDocument(String symbol) {
        return DOCUMENT.matcher(symbol).matches();
    }

    private static final boolean[] DIGITS_AND_CAPITALS = Scan.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    /** The first letters of {@code TRIGGER}, {@code SECURITY_COUNCIL} and {@code BODY_BEFORE}'s words, for {@link Scan}. */
    /**
     * Whether {@code REF} can match at {@code i}, which holds a figure or a capital: a figure may open
     * any reference; a capital opens only a document symbol ({@code [A-Z]{1,6}\\d{0,3}/}: at most nine
     * capitals and figures, then a slash) or a Security Council number ("S-" then figures).
     */
    private static boolean mayStartReference(String text, int i) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        if (c == 'S' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
            return true;
        }
        int j = i;
        while (j < text.length() && j - i < 10 && isCapitalOrFigure(text.charAt(j))) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '/';
    }

    private static boolean isCapitalOrFigure(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static final boolean[] TRIGGER_FIRST = Scan.initials("résolution", "decision");
    private static final boolean[] SECURITY_COUNCIL_FIRST = Scan.chars("SC");
    private static final boolean[] BODY_FIRST = Scan.chars("GAHCSEWsSiI");
    private static final Pattern PAIR_GAP = Pattern.compile("\\s*(?:and|et)\\s*");
    private static final Pattern DOCUMENT = Pattern.compile("^[A-Z]+\\d*/.*");

    private static String body(String before, String after, String previous, String organBody) {
        Matcher m = BODY_AFTER.matcher(after);
        if (m.lookingAt()) {
            return bodyName(m.group(1));
        }
        String found = null;
        Matcher b = BODY_BEFORE.matcher(before);
        for (int from = 0; Scan.find(b, before, from, BODY_FIRST, i -> true); from = b.end()) {
            found = b.group(1) != null ? bodyName(b.group(1)) : organBody;
        }
        if (found != null) {
            return found;
        }
        // A new "resolution" without a body starts a new list; otherwise the list goes on.
        return namesResolution(before) ? null : previous;
    }

    public static String bodyName(String text) {
        for (Map.Entry<Pattern, String> e : BODY_PATTERNS.entrySet()) {
            if (e.getKey().matcher(text).find()) {
                return e.getValue();
            }
        }
        return null;
    }

    private static final Map<Pattern, String> BODY_PATTERNS = BODIES.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(e -> Pattern.compile(e.getKey()), Map.Entry::getValue));
}

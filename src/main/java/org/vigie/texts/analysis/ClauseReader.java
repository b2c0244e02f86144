package org.vigie.texts.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Clause;
import org.vigie.texts.ClauseKind;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.Scan;

/**
 * Splits each operative paragraph of the resolution into clauses. UN drafting joins clauses of one
 * paragraph with a comma, a semicolon or "et"/"and" followed by a new opening verb in lower case,
 * sometimes with an object pronoun before it in French ("et les exhorte à").
 */
public final class ClauseReader {

    private static final Pattern JOIN = Pattern.compile(
            "(?:[,;]\\s+(?:(?:et|and)\\s+)?|\\s+(?:et|and)\\s+)(les\\s+|l[’']|lui\\s+|leur\\s+)?(?=\\p{Ll})");

    private static final boolean[] JOIN_FIRST = Scan.chars(",;" + Scan.SPACES);
    private static final Pattern LINK = Pattern.compile("^(?:à|de|d[’']|to)\\s*");
    private static final Pattern LEADING = Pattern.compile("^[,;]\\s*");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;.:]+$");

    private final OpeningVerbs verbs;

    public ClauseReader(OpeningVerbs verbs) {
        this.verbs = verbs;
    }

    public Resolution addTo(Resolution r) {
        List<Paragraph> operative = r.operative().stream().map(p -> p.withClauses(clauses(p.fullText()))).toList();
        return r.withAnalysis(r.preamble(), operative, r.references(), r.commitments());
    }

    /** Where a clause begins: the joining mark before it, the pronoun before its verb, and the verb. */
    private record Start(int joinAt, String pronoun, OpeningVerbs.Match verb) {
    }

    List<Clause> clauses(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<Start> starts = starts(text);
        List<Clause> clauses = new ArrayList<>();
        List<String> previous = List.of();
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1).joinAt() : text.length();
            Clause c = clause(text, s, end, previous);
            clauses.add(c);
            if (!c.addressees().isEmpty()) {
                previous = c.addressees();
            }
        }
        return clauses;
    }

    private List<Start> starts(String text) {
        List<Start> starts = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        Optional<OpeningVerbs.Match> first = verbs.at(text, lower, 0);
        int firstEnd = first.map(OpeningVerbs.Match::end).orElse(Math.max(text.indexOf(' '), 0));
        starts.add(new Start(0, null, first.orElse(new OpeningVerbs.Match(0, firstEnd, ClauseKind.OTHER))));
        Matcher m = JOIN.matcher(text);
        int from = 0;
        while (Scan.find(m, text, from, JOIN_FIRST, i -> mayJoin(text, i))) {
            from = m.end();
            if (m.end() <= firstEnd) {
                continue;
            }
            Optional<OpeningVerbs.Match> verb = verbs.at(text, lower, m.end());
            verb.ifPresent(v -> starts.add(new Start(m.start(), m.group(1), v)));
        }
        return starts;
    }

    /** Whether {@code JOIN} can match at {@code i}: a comma or semicolon before white space, or white space before "et"/"and". */
    private static boolean mayJoin(String text, int i) {
        char c = text.charAt(i);
        if (c == ',' || c == ';') {
            return i + 1 < text.length() && Scan.isSpace(text.charAt(i + 1)); // "[,;]\\s+"
        }
        if (!Scan.isSpace(c)) {
            return false;
        }
        int j = i;
        while (j < text.length() && Scan.isSpace(text.charAt(j))) {
            j++;
        }
        return text.startsWith("et", j) || text.startsWith("and", j);
    }

    /**
     * {@code previous} holds the addressees of the paragraph's last clause that named any: a pronoun
     * whose antecedent is no actor Vigie knows by name ("Encourage les organisations de la société
     * civile à … et les invite à …") stands for them when their number agrees.
     */
    private Clause clause(String text, Start s, int end, List<String> previous) {
        String verb = text.substring(s.verb().start(), s.verb().end());
        if (verb.isBlank()) {
            verb = text.strip().split(" ")[0];
        }
        String rest = tidy(text.substring(Math.min(s.verb().end(), end), end));
        if (!s.verb().kind().asksToAct()) {
            return new Clause(verb, s.verb().kind(), List.of(), rest);
        }
        Addressees.Split split = Addressees.split(rest);
        List<String> addressees = new ArrayList<>();
        String before = text.substring(0, s.joinAt());
        if (s.pronoun() != null) {
            boolean plural = Antecedents.isPlural(s.pronoun());
            Antecedents.find(before, plural).or(() -> Antecedents.among(previous, plural)).ifPresent(addressees::add);
        }
        for (String a : split.addressees()) {
            addressees.add(Addressees.resolve(a, before, previous));
        }
        return new Clause(verb, s.verb().kind(), addressees, LINK.matcher(split.action()).replaceFirst(""));
    }

    /** Drops the joining punctuation and the paragraph's closing mark. */
    static String tidy(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.charAt(t.length() - 1) == '\u0085') {
            // "$" also matches before a final NEL, which the loops below would not see; texts never hold one.
            return TRAILING.matcher(LEADING.matcher(t).replaceFirst("")).replaceFirst("").strip();
        }
        int from = 0;
        if (t.charAt(0) == ',' || t.charAt(0) == ';') {
            from = 1;
            while (from < t.length() && Scan.isSpace(t.charAt(from))) {
                from++;
            }
        }
        int to = t.length();
        while (to > from && isClosing(t.charAt(to - 1))) {
            to--;
        }
        return t.substring(from, to).strip();
    }

    /** {@code [\\s,;.:]}. */
    private static boolean isClosing(char c) {
        return c == ',' || c == ';' || c == '.' || c == ':' || Scan.isSpace(c);
    }
}

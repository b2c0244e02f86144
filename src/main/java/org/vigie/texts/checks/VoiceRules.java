package org.vigie.texts.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.ClauseKind;
import org.vigie.texts.Finding;
import org.vigie.texts.Language;
import org.vigie.texts.Paragraph;
import org.vigie.texts.ParagraphNames;
import org.vigie.texts.Resolution;
import org.vigie.texts.Scan;

/**
 * The organ's voice: a preambular paragraph opens with a participle or an adjective ("Recalling",
 * "Convinced", "Mindful", "Rappelant", "Guidé", "Conscient"), the organ speaks of itself in the third
 * person ("its", "ses") and the operative verbs come from the UN vocabulary. Texts voiced by States,
 * such as an annexed declaration ("We, Heads of State ..."), are outside the organ's text and not checked.
 */
final class VoiceRules {

    private static final Set<String> EN_ADJECTIVES = Set.of("mindful", "aware", "conscious", "cognizant",
            "desirous", "appreciative", "grateful", "bearing", "having", "taking", "further", "also");
    private static final Set<String> FR_ADJECTIVES = Set.of("conscient", "consciente", "convaincu", "soucieux",
            "désireux", "résolu", "déterminé", "ayant", "tenant", "fermement", "profondément", "vivement");
    private static final Pattern FR_PARTICIPLE = Pattern.compile("(?:ant|é|ée|és|ées|i|ie|is|u|ue|us|it|ite|ert|erte|eint|aint)$");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]urs?|us|[Nn]ous|[Nn]otre|[Nn]os)\\b\\s*\\S*");

    /** The words of {@code FIRST_PERSON}, each whole ("ours" as well as "our"), for {@link Scan#wordAt}. */
    private static final String[] FIRST_PERSON_WORDS = {"we", "our", "ours", "us", "nous", "notre", "nos"};
    private static final boolean[] FIRST_PERSON_INITIALS = Scan.initials(FIRST_PERSON_WORDS);

    private VoiceRules() {
    }

    static List<Finding> check(Resolution r) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < r.preamble().size(); i++) {
            String name = ParagraphNames.preamble(r, i);
            String text = r.preamble().get(i).fullText();
            String opening = openingWord(text);
            if (!opensLikePreamble(opening, r.language())) {
                findings.add(Rule.PREAMBLE_OPENING.at(name, opening));
            }
            firstPerson(text, name, findings);
        }
        for (int i = 0; i < r.operative().size(); i++) {
            String name = ParagraphNames.operative(r, i);
            Paragraph p = r.operative().get(i);
            firstPerson(p.fullText(), name, findings);
            if (!p.clauses().isEmpty() && p.clauses().get(0).kind() == ClauseKind.OTHER) {
                findings.add(Rule.UNKNOWN_VERB.at(name, p.clauses().get(0).verb()));
            }
        }
        return findings;
    }

    /** The first word, past an adverb ("Deeply concerned", "Profondément préoccupé"). */
    private static String openingWord(String text) {
        // The first two words as text.strip().split("[\\s,]+") gives them, without splitting the whole paragraph.
        String s = text.strip();
        int firstEnd = 0;
        while (firstEnd < s.length() && !isSeparator(s.charAt(firstEnd))) {
            firstEnd++;
        }
        String first = s.substring(0, firstEnd);
        int secondStart = firstEnd;
        while (secondStart < s.length() && isSeparator(s.charAt(secondStart))) {
            secondStart++;
        }
        if (secondStart < s.length() && (first.endsWith("ly") || first.endsWith("ment"))) {
            int secondEnd = secondStart;
            while (secondEnd < s.length() && !isSeparator(s.charAt(secondEnd))) {
                secondEnd++;
            }
            return s.substring(secondStart, secondEnd);
        }
        return first;
    }

    /** {@code [\\s,]}: a comma or ASCII white space. */
    private static boolean isSeparator(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean opensLikePreamble(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        if (language == Language.EN) {
            return w.endsWith("ing") || w.endsWith("ed") || EN_ADJECTIVES.contains(w);
        }
        return FR_PARTICIPLE.matcher(w).find() || FR_ADJECTIVES.contains(w);
    }

    private static void firstPerson(String text, String name, List<Finding> findings) {
        Matcher m = FIRST_PERSON.matcher(text);
        if (Scan.find(m, text, 0, FIRST_PERSON_INITIALS, i -> Scan.wordStart(text, i) && Scan.wordAt(text, i, FIRST_PERSON_WORDS))) {
            findings.add(Rule.FIRST_PERSON.at(name, m.group().strip()));
        }
    }
}

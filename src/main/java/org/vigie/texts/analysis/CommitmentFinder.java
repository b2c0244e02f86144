package org.vigie.texts.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Clause;
import org.vigie.texts.Commitment;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.Scan;
import org.vigie.texts.reading.Dates;

/**
 * Turns the clauses that ask the authorities of the State concerned to act into commitments. The State
 * is named by its authorities or Government ("les autorités maliennes", "le Gouvernement de la
 * République du Mali", "the Government of Mali") or by its own name as the whole addressee ("le Mali");
 * "Governments" in the plural are not the State concerned; in a country resolution, "all parties" and "all States"
 * ("toutes les parties", "tous les États") include it.
 */
public final class CommitmentFinder {

    private static final Pattern AUTHORITIES = Pattern.compile(
            "(?i)\\b(autorités|gouvernement|authorities|government)\\b");
    /** Calls on every party or every State reach the State concerned as well. */
    private static final Pattern EVERYONE = Pattern.compile(
            "(?i)^(?:all|toutes les|tous les)\\s+(?:the\\s+)?(?:parties|States|États|Etats)\\b");
    private static final Pattern OTHERS = Pattern.compile("(?i)\\b(gouvernements|governments|partenaires|partners)\\b");
    private static final Pattern STATE_NAME = Pattern.compile(
            "\\b(?:au|en|aux|in)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\-’']*(?:\\s+\\p{Lu}[\\p{L}\\-’']*)*)$");
    private static final Pattern DEADLINE = Pattern.compile(
            "(?i)\\b(?:à sa|à la|lors de sa|at its|at the)\\s+[\\p{L}\\-]+(?:-[\\p{L}]+)?\\s+session\\b"
            + "|\\b(?:d[’']ici|avant|au plus tard|by|before|no later than)\\s+(?:(?:le|au|à|la fin de|à la fin de|the end of)\\s+)?"
            + "(?:" + Dates.REGEX + "|\\d{4})"
            + "|\\b(?:dans un délai de|within)\\s+\\S+\\s+(?:mois|ans|années|months|years)\\b"
            // Deadlines without a date are deadlines all the same: the text asks for the act now.
            + "|\\b(?:without delay|as soon as possible|immediately|forthwith|sans délai|sans tarder"
            + "|dès que possible|le plus tôt possible|immédiatement)(?![\\p{L}])");

    private static final Pattern ARTICLE = Pattern.compile("^(?:le|la|l[’']|the)\\s*");

    /** The words each deadline opens with, for {@link Scan}. */
    private static final String[] DEADLINE_WORDS = {"à sa", "à la", "lors de sa", "at its", "at the", "d’ici", "d'ici",
        "avant", "au plus tard", "by", "before", "no later than", "dans un délai de", "within", "without delay",
        "as soon as possible", "immediately", "forthwith", "sans délai", "sans tarder", "dès que possible",
        "le plus tôt possible", "immédiatement"};
    private static final boolean[] DEADLINE_INITIALS = Scan.initials(DEADLINE_WORDS);

    private CommitmentFinder() {
    }

    public static List<Commitment> find(Resolution resolution) {
        String state = stateName(resolution.title());
        List<Commitment> commitments = new ArrayList<>();
        for (Paragraph p : resolution.operative()) {
            if (p.number() == null) {
                continue;
            }
            for (Clause clause : p.clauses()) {
                if (!clause.kind().asksToAct()) {
                    continue;
                }
                for (String addressee : clause.addressees()) {
                    if (isState(addressee, state)) {
                        commitments.add(new Commitment(p.number(), addressee, clause.action(), deadline(clause.action())));
                    }
                }
            }
        }
        return commitments;
    }

    static boolean isState(String addressee, String state) {
        if (AUTHORITIES.matcher(addressee).find() && !OTHERS.matcher(addressee).find()) {
            return true;
        }
        if (state != null && EVERYONE.matcher(addressee.strip()).lookingAt()) {
            return true;
        }
        return state != null && ARTICLE.matcher(addressee).replaceFirst("").equals(state);
    }

    /** Country-specific resolutions end their title with the country: "... au Mali", "... in Mali". */
    static String stateName(String title) {
        Matcher m = STATE_NAME.matcher(title.strip());
        if (m.find()) {
            return m.group(1).strip();
        }
        // The English title puts the country before its subject: "... capacity-building for Mali in the field of ...".
        Matcher en = STATE_FOR.matcher(title);
        return en.find() ? en.group(1) : null;
    }

    private static final Pattern STATE_FOR = Pattern.compile("\\b(?:for|to|in)\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*)\\b(?!\\s*\\p{Lu})");

    /** The deadline an action sets ("at its sixtieth session", "without delay"), or null. */
    public static String deadline(String action) {
        Matcher m = DEADLINE.matcher(action);
        return Scan.find(m, action, 0, DEADLINE_INITIALS, i -> Scan.wordStart(action, i) && Scan.startsWithAny(action, i, DEADLINE_WORDS))
                ? m.group().strip() : null;
    }
}

package org.vigie.texts.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a text does with a resolution it cites, from the words around the citation. The wording after a
 * reference speaks for it ("22/18 of 21 March 2013, in which it established the mandate", "par lesquelles il a
 * prorogé le mandat") and for the references listed just before it with nothing but their dates between
 * ("25/36 of 28 March 2014 and 31/28 of 24 March 2016, by which it extended"); any other reference takes the
 * paragraph's opening ("Recalling" recalls, "Taking note" takes note, "Welcoming" welcomes), else it is
 * simply cited.
 */
final class Relations {

    static final String CITES = "cites";

    private record Wording(Pattern pattern, String relation) {
    }

    private static final List<Wording> AFTER = List.of(
            new Wording(Pattern.compile("(?i)\\b(?:established|created|portant création|a créé|a établi|établissant)\\b[^;]{0,40}\\bmandat"),
                    "establishes_mandate"),
            new Wording(Pattern.compile("(?i)\\b(?:extended|renewed|prorog\\p{L}*|renouvel\\p{L}*|reconduit)\\b[^;]{0,40}\\bmandat"),
                    "extends_mandate"),
            new Wording(Pattern.compile("(?i)\\b(?:terminated|ended|mis fin)\\b[^;]{0,40}\\bmandat"), "ends_mandate"));

    private static final List<Wording> OPENING = List.of(
            new Wording(Pattern.compile("(?i)^(?:\\p{L}+ly\\s+|vivement\\s+)?(?:taking note|takes note|notes|noting|prenant note|prend note"
                    + "|note|notant)\\b"), "takes_note"),
            new Wording(Pattern.compile("(?i)^(?:\\p{L}+ly\\s+|vivement\\s+)?(?:welcoming|welcomes|saluant|salue|se félicitant"
                    + "|se félicite|accueillant avec satisfaction|accueille avec satisfaction)\\b"), "welcomes"),
            new Wording(Pattern.compile("(?i)^(?:recalling|recalls|rappelant|rappelle|reaffirming|reaffirms|réaffirmant"
                    + "|réaffirme|bearing in mind|ayant à l[’']esprit|guided by|guidé)"), "recalls"),
            new Wording(Pattern.compile("(?i)^(?:decides|décide)\\b[^;]{0,40}\\b(?:extend|proroger|renouveler|renew)"),
                    "extends_mandate"));

    /** A gap between two listed references that holds only a date and a conjunction. */
    private static final Pattern LIST_GAP = Pattern.compile(
            "(?i)^[^,;]{0,40}?(?:\\d{4})?\\s*,?\\s*(?:and|et|,)?\\s*$");

    private Relations() {
    }

    /**
     * The relation of each reference of a text; {@code after} holds, for each, the text between it and the next
     * reference (or the end).
     */
    static String[] of(String text, List<String> after) {
        String[] relations = new String[after.size()];
        for (int i = 0; i < after.size(); i++) {
            String relation = wording(after.get(i));
            if (relation == null) {
                continue;
            }
            relations[i] = relation;
            for (int j = i - 1; j >= 0 && relations[j] == null && LIST_GAP.matcher(after.get(j)).matches(); j--) {
                relations[j] = relation;
            }
        }
        String opening = opening(text);
        for (int i = 0; i < relations.length; i++) {
            if (relations[i] == null) {
                relations[i] = opening;
            }
        }
        return relations;
    }

    private static String wording(String after) {
        for (Wording w : AFTER) {
            if (w.pattern().matcher(after).find()) {
                return w.relation();
            }
        }
        return null;
    }

    private static String opening(String text) {
        String start = text.strip();
        for (Wording w : OPENING) {
            if (w.pattern().matcher(start).lookingAt()) {
                return w.relation();
            }
        }
        return CITES;
    }
}

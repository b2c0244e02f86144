package org.vigie.texts.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Adoption;

/**
 * A decision written as one sentence instead of an organ line and paragraphs, as the Human Rights
 * Council and the General Assembly record procedural decisions: "At its 52nd meeting, on 4 April 2025,
 * the Human Rights Council decided, without a vote, to …" / "À sa 52e séance, le 4 avril 2025, le
 * Conseil des droits de l’homme a décidé, sans le mettre aux voix, de …".
 *
 * <p>The sentence carries three things a resolution spreads over three places: the adoption (meeting and
 * date), the organ, and the operative text. They are taken apart so that the decision reads like any
 * other text: the organ as its organ line, the meeting as its adoption, and the rest, from the verb on,
 * as operative paragraph 1 ("Decided, without a vote, to …"), which the clause reader knows.
 */
record DecisionSentence(int index, Organ organ, Adoption adoption, String operative) {

    private static final String ORGANS = "General Assembly|Human Rights Council|Security Council|Economic and Social Council"
            + "|Assemblée générale|Conseil des droits de l[’']homme|Conseil de sécurité|Conseil économique et social";
    private static final Pattern SENTENCE = Pattern.compile(
            "^(?:At its|À sa)\\s+(\\d{1,4}\\s*(?:st|nd|rd|th|e|re|ème)?\\s+(?:plenary\\s+meeting|meeting|séance\\s+plénière|séance))"
            + ",?\\s+(?:held\\s+)?(?:on|le)\\s+([^,]{6,40}),\\s+(?:the|le|la|l[’'])\\s*(" + ORGANS + ")"
            // An incidental phrase may stand between the organ and its verb: ", on the recommendation of the Third Committee,".
            + "(?:,[^,]{3,200},)?\\s+(decided|took note|adopted|a décidé|a pris note|a adopté)\\b(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    /** The first block that is such a sentence, if any. */
    static Optional<DecisionSentence> find(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Matcher m = SENTENCE.matcher(blocks.get(i));
            if (m.matches()) {
                return Optional.of(of(i, m));
            }
        }
        return Optional.empty();
    }

    private static DecisionSentence of(int index, Matcher m) {
        String name = m.group(3);
        boolean french = Character.isUpperCase(name.charAt(0)) && (name.startsWith("Assemblée") || name.startsWith("Conseil"));
        String article = french ? (name.startsWith("Assemblée") ? "L’" : "Le ") : "The ";
        Organ organ = new Organ(article + name, name, false);
        LocalDate date = Dates.find(m.group(2)).orElse(null);
        String verb = m.group(4);
        String operative = Character.toUpperCase(verb.charAt(0)) + verb.substring(1).toLowerCase(Locale.ROOT) + m.group(5);
        return new DecisionSentence(index, organ, new Adoption(m.group(1).replaceAll("\\s+", " "), date), operative);
    }
}

package org.vigie.texts.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organ line that opens the body of a resolution ("The General Assembly,", "Le Conseil des
 * droits de l’homme,"). UN drafting puts the organ's name alone on its line, ending with a comma
 * before preambular paragraphs and without one when an operative verb follows directly.
 */
record Organ(String line, String name, boolean endsWithComma) {

    // A decision that adopts a text quotes it whole: its organ line opens with the quotation mark.
    private static final Pattern LINE = Pattern.compile(
            "^([“\"«]\\s*)?(?:The |Le |La |L[’'] ?)(General Assembly|Human Rights Council|Security Council"
            + "|Economic and Social Council|Assemblée générale|Conseil des droits de l[’']homme"
            + "|Conseil de sécurité|Conseil économique et social)\\s*(,?)$");

    static Optional<Organ> at(String block) {
        Matcher m = LINE.matcher(block.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String line = m.group(1) == null ? block.strip() : block.strip().substring(m.group(1).length());
        return Optional.of(new Organ(line, m.group(2), !m.group(3).isEmpty()));
    }

    /** Whether the organ line opens a quoted text ("“The Human Rights Council,"), as in a decision adopting it. */
    static boolean quoted(String block) {
        Matcher m = LINE.matcher(block.strip());
        return m.matches() && m.group(1) != null;
    }

    /** The symbol prefix of this organ's resolutions, for "73/6."-style numbers in a title. */
    String resolutionSeries() {
        if (name.startsWith("Human Rights") || name.startsWith("Conseil des droits")) {
            return "A/HRC/RES/";
        }
        if (name.startsWith("Security") || name.startsWith("Conseil de sécurité")) {
            return "S/RES/";
        }
        if (name.startsWith("Economic") || name.startsWith("Conseil économique")) {
            return "E/RES/";
        }
        return "A/RES/";
    }

    /** The symbol prefix of this organ's decisions ("58/115." is A/HRC/DEC/58/115). */
    String decisionSeries() {
        return resolutionSeries().replace("/RES/", "/DEC/");
    }

    /** The organ's name as the AKN "author" and the JSON show it. */
    String display() {
        return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
    }
}

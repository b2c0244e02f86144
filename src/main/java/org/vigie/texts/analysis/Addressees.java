package org.vigie.texts.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Scan;

/**
 * Reads who a request is addressed to and what it asks. French puts the addressee before "à" or
 * "de" + infinitive ("Encourage les autorités maliennes à poursuivre", "Prie le Gouvernement de présenter") or after "à" before "de" + infinitive
 * ("Demande à toutes les parties de respecter"); English before "to" + verb ("Urges the
 * Secretary-General to consider"), or as a pronoun after the verb ("urges them to").
 */
final class Addressees {

    private static final String INFINITIVE = "(?=(?:y |en |se |s[’']|les |leur |lui |l[’'])?\\p{Ll}+(?:er|ir|re|oir)\\b)";
    private static final Pattern FR_INDIRECT = Pattern.compile(
            "^(à|au|aux)\\s+(.+?),?\\s+(?:de\\s+|d[’'])" + INFINITIVE);
    /*
     * The direct French form is "^(.+?),?\\s+(à\\s+|de\\s+|d[’'])" + INFINITIVE, the English one
     * "^(.+?),?\\s+to\\s+(?=\\p{Ll})", and the indirect form is FR_INDIRECT. Each is matched as its lazy
     * group followed by its tail below, the tail tried only where it can start (see firstTail): the same
     * match as the whole pattern's, without trying the tail at every character.
     */
    private static final Pattern FR_INDIRECT_TAIL = Pattern.compile(",?\\s+(?:de\\s+|d[’'])" + INFINITIVE);
    private static final Pattern FR_DIRECT_TAIL = Pattern.compile(",?\\s+(à\\s+|de\\s+|d[’'])" + INFINITIVE);
    private static final Pattern EN_TAIL = Pattern.compile(",?\\s+to\\s+(?=\\p{Ll})");
    /** "Urges the Government: (a) To protect …": the addressee stands before the colon of the introduction. */
    private static final Pattern INTRO = Pattern.compile(
            "^(à\\s+|au\\s+|aux\\s+)?([^:;]{1,200}?)\\s*:\\s*(\\(?[a-z]{1,2}\\)\\s.*)$", Pattern.DOTALL);
    private static final Pattern INCISE = Pattern.compile(
            ",\\s+(?:avec|dans|en|conformément|selon|par|with|in|through|under|as|inter alia|within)\\b.*$");
    private static final Pattern LIST = Pattern.compile(
            ",\\s+(?:(?:et|and)\\s+)?|\\s+(?:et|and)\\s+(?=(?:le|la|les|l[’']|tous|toutes|the|all|other|\\p{Lu}))");
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?i)^(lesdites|lesdits|ledit|ladite|the said)\\b.*");
    private static final int LONGEST = 200;

    record Split(List<String> addressees, String action) {
    }

    private Addressees() {
    }

    static Split split(String rest) {
        Matcher m = INTRO.matcher(rest);
        if (rest.indexOf(':') >= 0 && m.matches()) {
            return new Split(list(withArticle(m.group(1), m.group(2))), m.group(3));
        }
        int name = indirectName(rest);
        if (name > 0 && (m = firstTail(FR_INDIRECT_TAIL, rest, name, "d")) != null && m.start() - name < LONGEST) {
            return new Split(list(withArticle(rest.substring(0, name).strip(), rest.substring(name, m.start()))),
                    rest.substring(m.end()));
        }
        if (name > 0 && name < rest.length() && Scan.isSpace(rest.charAt(name - 2))) {
            // Several spaces after "à": the pattern may give some back to its name; let it decide.
            if ((m = FR_INDIRECT.matcher(rest)).lookingAt() && m.group(2).length() < LONGEST) {
                return new Split(list(withArticle(m.group(1), m.group(2))), rest.substring(m.end()));
            }
        }
        if ((m = firstTail(FR_DIRECT_TAIL, rest, 0, "àd")) != null && m.start() < LONGEST) {
            return new Split(list(rest.substring(0, m.start())), m.group(1).strip() + " " + rest.substring(m.end()));
        }
        if ((m = firstTail(EN_TAIL, rest, 0, "t")) != null && m.start() < LONGEST && rest.lastIndexOf(';', m.start() - 1) < 0) {
            return new Split(list(rest.substring(0, m.start())), "to " + rest.substring(m.end()));
        }
        return new Split(List.of(), rest);
    }

    /**
     * Where the name after {@code ^(à|au|aux)\\s+} starts (the white space taken greedily), or -1.
     * Only one of the three can be followed by white space, so the pattern has no other choice.
     */
    private static int indirectName(String rest) {
        int p = rest.startsWith("à") ? 1 : rest.startsWith("au") ? 2 : -1;
        if (p == 2 && !(p < rest.length() && Scan.isSpace(rest.charAt(p))) && rest.startsWith("aux")) {
            p = 3;
        }
        if (p < 0 || p >= rest.length() || !Scan.isSpace(rest.charAt(p))) {
            return -1;
        }
        while (p < rest.length() && Scan.isSpace(rest.charAt(p))) {
            p++;
        }
        return p;
    }

    /**
     * The match of {@code tail} (",?\\s+" then one of {@code next}'s characters, then more) at the first
     * position after {@code from} where it matches, as a pattern {@code (.+?)tail} anchored at {@code from}
     * finds it, or null: the lazy group takes one character more at a time, and "." stops at a line
     * terminator. The tail is only tried where a comma or white space, then {@code next}, stand.
     */
    private static Matcher firstTail(Pattern tail, String rest, int from, String next) {
        Matcher m = null;
        for (int e = from + 1; e < rest.length(); e++) {
            if (isLineTerminator(rest.charAt(e - 1))) {
                return null;
            }
            int j = e;
            if (rest.charAt(j) == ',') {
                j++;
            }
            if (j >= rest.length() || !Scan.isSpace(rest.charAt(j))) {
                continue;
            }
            while (j < rest.length() && Scan.isSpace(rest.charAt(j))) {
                j++;
            }
            if (j >= rest.length() || next.indexOf(rest.charAt(j)) < 0) {
                continue;
            }
            if (m == null) {
                m = tail.matcher(rest).useTransparentBounds(true);
            }
            m.region(e, rest.length());
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** The characters "." does not match. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** "au Gouvernement" names "le Gouvernement", "aux autorités" "les autorités". */
    private static String withArticle(String preposition, String name) {
        if (preposition == null) {
            return name;
        }
        return switch (preposition.strip()) {
            case "au" -> "le ";
            case "aux" -> "les ";
            default -> "";
        } + name;
    }

    private static List<String> list(String segment) {
        String cut = INCISE.matcher(segment).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String name : LIST.split(cut)) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /**
     * "lesdites autorités", "them", "it" stand for an actor named earlier in the paragraph: a known
     * actor, else the addressees of the previous clause ({@code previous}) of the same number.
     */
    static String resolve(String addressee, String before, List<String> previous) {
        boolean pronoun = addressee.equals("them") || addressee.equals("it");
        if (pronoun || DEMONSTRATIVE.matcher(addressee).matches()) {
            boolean plural = Antecedents.isPlural(addressee);
            return Antecedents.find(before, plural).or(() -> pronoun ? Antecedents.among(previous, plural) : java.util.Optional.empty())
                    .orElse(addressee);
        }
        return addressee;
    }
}

package org.vigie.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern FR_DIRECT = Pattern.compile("^(.+?),?\\s+(à\\s+|de\\s+|d[’'])" + INFINITIVE);
    private static final Pattern EN = Pattern.compile("^(.+?),?\\s+to\\s+(?=\\p{Ll})");
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
        if ((m = FR_INDIRECT.matcher(rest)).lookingAt() && m.group(2).length() < LONGEST) {
            return new Split(list(withArticle(m.group(1), m.group(2))), rest.substring(m.end()));
        }
        if ((m = FR_DIRECT.matcher(rest)).lookingAt() && m.group(1).length() < LONGEST) {
            return new Split(list(m.group(1)), m.group(2).strip() + " " + rest.substring(m.end()));
        }
        if ((m = EN.matcher(rest)).lookingAt() && m.group(1).length() < LONGEST && !m.group(1).contains(";")) {
            return new Split(list(m.group(1)), "to " + rest.substring(m.end()));
        }
        return new Split(List.of(), rest);
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

package org.vigie.texts.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Scan;

/**
 * Finds who a pronoun stands for ("et les exhorte", "l’exhorte", "urges them", "lesdites autorités"):
 * the last actor named before it in the same paragraph, of the same number.
 */
final class Antecedents {

    private static final String FR_ADJ = "(?:\\s+(?:de transition|\\p{Ll}+(?:iennes|ienne|aises|aise|ales|ale|iques|ique|s)))?";
    private static final Pattern PLURAL = Pattern.compile(
            "\\b(les|des|aux|toutes les|tous les|the|all)\\s+(autorités" + FR_ADJ + FR_ADJ
            + "|parties|partenaires|groupes armés|groupes terroristes|États Membres|États|"
            + "(?:\\p{Lu}\\p{Ll}+\\s+)?authorities|parties|Member States|States|partners)\\b");
    private static final Pattern SINGULAR = Pattern.compile(
            "\\b(le|du|au|la|de la|à la|l[’']|the)\\s*(Gouvernement(?: de la République du \\p{Lu}\\p{L}+"
            + "| du \\p{Lu}\\p{L}+| \\p{Ll}+(?:ien|ais|al))?|communauté internationale|Expert indépendant"
            + "|Secrétaire général|Haut-Commissaire|Haut-Commissariat|Government(?: of \\p{Lu}\\p{L}+)?"
            + "|Secretary-General|Independent Expert|High Commissioner|international community)\\b");

    private static final Pattern PLURAL_DETERMINER = Pattern.compile("(?:les|des|aux|toutes les|tous les|toutes|tous|all|other|both)\\b");
    private static final Pattern SINGULAR_DETERMINER = Pattern.compile("(?:le|la|l[’']|du|au|un|une|a|an)\\b");
    private static final Pattern PREPOSITION = Pattern.compile("\\s(?:(?:of|on|for|in|de|du|des)\\s|d[’'])");

    /** The first letters of the determiners {@code PLURAL} and {@code SINGULAR} open with, for {@link Scan}. */
    private static final boolean[] PLURAL_FIRST = Scan.initials("les", "des", "aux", "toutes les", "tous les", "the", "all");
    private static final boolean[] SINGULAR_FIRST = Scan.initials("le", "du", "au", "la", "de la", "à la", "l’", "the");
    private static final Pattern THE = Pattern.compile("^the\\s+");

    private Antecedents() {
    }

    /** The last plural or singular actor named in {@code before}, with its article normalised. */
    static Optional<String> find(String before, boolean plural) {
        Matcher m = (plural ? PLURAL : SINGULAR).matcher(before);
        String found = null;
        boolean[] first = plural ? PLURAL_FIRST : SINGULAR_FIRST;
        for (int from = 0; Scan.find(m, before, from, first, i -> Scan.wordStart(before, i)); from = m.end()) {
            found = article(m.group(1), m.group(2)) + m.group(2);
        }
        return Optional.ofNullable(found);
    }

    /**
     * The last of {@code names} (addressees of an earlier clause) of the given number. A name is plural
     * when it opens with a plural determiner ("les", "toutes les", "all", "other") or, after "the" or no
     * determiner, when its head noun (the last word before "of", "on", "for", "in", "de") ends with an
     * "s" ("the Malian authorities", "civil society organizations"); "le", "la", "a" make it singular.
     */
    static Optional<String> among(List<String> names, boolean plural) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (isPluralName(names.get(i)) == plural) {
                return Optional.of(names.get(i));
            }
        }
        return Optional.empty();
    }

    static boolean isPluralName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (PLURAL_DETERMINER.matcher(n).lookingAt()) {
            return true;
        }
        if (SINGULAR_DETERMINER.matcher(n).lookingAt()) {
            return false;
        }
        String head = PREPOSITION.split(THE.matcher(n).replaceFirst(""), 2)[0].strip();
        return head.endsWith("s");
    }

    /** "des autorités" and "aux autorités" name "les autorités"; "du Gouvernement" names "le Gouvernement". */
    private static String article(String article, String noun) {
        return switch (article.toLowerCase(java.util.Locale.ROOT)) {
            case "les", "des", "aux", "toutes les", "tous les" -> "les ";
            case "le", "du", "au" -> "le ";
            case "la", "de la", "à la" -> "la ";
            case "the" -> "the ";
            case "all" -> "all ";
            default -> noun.isEmpty() ? "" : "l’";
        };
    }

    /** French object pronouns before the verb, English ones after it; "les"/"them" are plural. */
    static boolean isPlural(String pronoun) {
        String p = pronoun.strip().toLowerCase(java.util.Locale.ROOT);
        return p.equals("les") || p.equals("leur") || p.equals("them") || p.startsWith("lesdit");
    }
}

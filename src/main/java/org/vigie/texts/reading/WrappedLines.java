package org.vigie.texts.reading;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a line that goes on from the one before in hard-wrapped text (a PDF copied as text, with or
 * without blank lines between its lines), from the shape of the text alone. A paragraph ends its last line
 * with a comma (preamble), a semicolon or a point (operative) or a colon (before sub-paragraphs); a line
 * that ends otherwise was cut, and the next line goes on with it unless it opens a paragraph of its own: a
 * participle or adjective as preambular paragraphs open ("Recalling", "Deeply concerned", "Guidé",
 * "Conscient"). A line cut after a function word ("of the", "de la") always goes on. After a comma, a line
 * goes on only when it continues a list of references ("31/28 of 24 March 2016, by which ...").
 */
final class WrappedLines {

    private static final Pattern REFERENCE_START = Pattern.compile("^(?:(?:S-)?\\d{1,4}/\\d|[A-Z]{1,6}/[A-Z0-9])");
    private static final Pattern NUMBERED = Pattern.compile("^(?:[1-9]\\d{0,2}\\s*\\.(?!\\d)|\\(?[a-z]{1,2}\\)|\\(?[ivx]{1,5}\\))");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "or", "to", "in", "on", "for", "by",
            "with", "a", "an", "its", "their", "at", "from", "as", "that", "which", "de", "du", "des", "la", "le", "les",
            "l’", "l'", "d’", "d'", "et", "ou", "à", "au", "aux", "en", "dans", "par", "pour", "sur", "sa", "son", "ses",
            "leur", "leurs", "une", "un", "qui", "que");
    private static final Set<String> EN_OPENERS = Set.of("mindful", "aware", "conscious", "cognizant", "desirous",
            "appreciative", "grateful", "also", "further", "noting", "convinced", "concerned", "alarmed", "guided");
    private static final Set<String> FR_OPENERS = Set.of("conscient", "consciente", "convaincu", "convaincue",
            "soucieux", "désireux", "résolu", "déterminé", "ayant", "tenant", "profondément", "vivement", "gravement",
            "sachant", "guidé", "prenant", "notant");
    private static final Set<String> NOT_PARTICIPLES = Set.of("united", "red", "assemblée", "année", "entité", "société",
            "communauté", "sécurité", "autorité", "liberté", "propriété", "égalité", "identité", "santé", "comité",
            "traité", "journée", "durée", "armée", "entrée", "idée", "pensée", "contrée", "vallée", "marché", "passé",
            "député", "clergé", "fossé", "degré", "gré", "pré", "thé", "café", "été");

    private WrappedLines() {
    }

    /** Whether {@code block} goes on with the paragraph whose text so far ends with {@code tail}. */
    static boolean continues(String tail, String block) {
        if (block.isEmpty() || NUMBERED.matcher(block).lookingAt() || DraftLabel.at(block).isPresent()) {
            return false;
        }
        char end = lastMeaningful(tail);
        if (end == ',') {
            return REFERENCE_START.matcher(block).lookingAt();
        }
        if (end == ';' || end == ':' || end == '.' || end == 0) {
            return false;
        }
        if (FUNCTION_WORDS.contains(lastWord(tail))) {
            return true;
        }
        return !opensParagraph(block);
    }

    /** The last character that is not a space, a closing quote or a footnote call mark. */
    private static char lastMeaningful(String tail) {
        boolean inCall = false;
        for (int i = tail.length() - 1; i >= 0; i--) {
            char c = tail.charAt(i);
            if (c == '\uE001') {
                inCall = true;
            } else if (c == '\uE000') {
                inCall = false;
            } else if (!inCall && !Character.isWhitespace(c) && c != '»' && c != '”' && c != '"' && c != ')') {
                return c;
            }
        }
        return 0;
    }

    private static String lastWord(String tail) {
        String t = tail.strip();
        int i = t.length();
        while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        return t.substring(i).toLowerCase(Locale.ROOT);
    }

    /** Opens like a preambular paragraph: a participle or adjective, past an adverb ("Deeply concerned"). */
    static boolean opensParagraph(String block) {
        String[] words = block.strip().split("[\\s,]+", 3);
        String first = words[0].toLowerCase(Locale.ROOT);
        if ((first.endsWith("ly") || first.endsWith("ment")) && words.length > 1) {
            first = words[1].toLowerCase(Locale.ROOT);
        }
        if (!Character.isUpperCase(block.codePointAt(0)) || NOT_PARTICIPLES.contains(first)) {
            return false;
        }
        return first.endsWith("ing") || first.endsWith("ed") || first.endsWith("ant") || first.endsWith("é")
                || first.endsWith("ée") || first.endsWith("és") || first.endsWith("ées")
                || EN_OPENERS.contains(first) || FR_OPENERS.contains(first);
    }
}

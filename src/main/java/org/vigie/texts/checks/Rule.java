package org.vigie.texts.checks;

import org.vigie.texts.Finding;
import org.vigie.texts.Severity;

/** The drafting rules {@link DraftingCheck} applies, each with its stable code, severity and messages. */
enum Rule {
    NUMBERING_GAP("numbering-gap", Severity.ERROR,
            "La numérotation saute %s : ce paragraphe manque.", "Numbering skips %s: this paragraph is missing."),
    NUMBERING_DUPLICATE("numbering-duplicate", Severity.ERROR,
            "Le numéro %s est employé deux fois.", "Number %s is used twice."),
    LABEL_INSERTION("label-insertion", Severity.INFO,
            "Insertion %s encore marquée bis/ter : renuméroter avant adoption.",
            "Insertion %s still labelled bis/ter: renumber before adoption."),
    LABEL_FORM("label-form", Severity.INFO,
            "L’étiquette « %s » n’a pas la forme attendue (« %s »).", "Label \"%s\" is not in the expected form (\"%s\")."),
    PREAMBLE_END("preamble-end", Severity.WARNING,
            "Un alinéa du préambule doit se terminer par une virgule ; celui-ci finit par « %s ».",
            "A preambular paragraph must end with a comma; this one ends with \"%s\"."),
    OPERATIVE_END("operative-end", Severity.WARNING,
            "Un paragraphe du dispositif doit se terminer par un point-virgule, et le dernier par un point ; celui-ci finit par « %s ».",
            "An operative paragraph must end with a semicolon, and the last one with a full stop; this one ends with \"%s\"."),
    DOUBLED_PUNCTUATION("doubled-punctuation", Severity.WARNING,
            "Ponctuation doublée : « %s ».", "Doubled punctuation: \"%s\"."),
    UNBALANCED("unbalanced-marks", Severity.ERROR,
            "Guillemets ou parenthèses non appariés : %s.", "Unbalanced quotes or brackets: %s."),
    PREAMBLE_OPENING("preamble-opening", Severity.WARNING,
            "Un alinéa du préambule commence par un participe ou un adjectif, pas par « %s ».",
            "A preambular paragraph opens with a participle or an adjective, not with \"%s\"."),
    FIRST_PERSON("first-person", Severity.WARNING,
            "L’organe ne parle pas à la première personne : « %s ».", "The organ does not speak in the first person: \"%s\"."),
    UNKNOWN_VERB("unknown-opening-verb", Severity.INFO,
            "Verbe d’ouverture inconnu du vocabulaire : « %s ».", "Opening verb not in the vocabulary: \"%s\"."),
    NO_OPERATIVE("incomplete-no-operative", Severity.WARNING,
            "Le texte n’a pas de dispositif : il est incomplet (%s).",
            "The text has no operative part: it is incomplete (%s)."),
    ADOPTION_DISAGREES("adoption-disagreement", Severity.WARNING,
            "L’en-tête, le pied de page et la cote ne disent pas la même chose de l’adoption : %s.",
            "The heading, the foot and the symbol disagree about the adoption: %s.");

    final String code;
    final Severity severity;
    private final String fr;
    private final String en;

    Rule(String code, Severity severity, String fr, String en) {
        this.code = code;
        this.severity = severity;
        this.fr = fr;
        this.en = en;
    }

    Finding at(String paragraph, Object... args) {
        return new Finding(code, paragraph, severity, fill(fr, args), fill(en, args));
    }

    /** {@code String.format(template, args)} for templates whose only conversion is {@code %s}, without the formatter's cost. */
    private static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        int used = 0;
        for (int p = template.indexOf('%'); p >= 0; p = template.indexOf('%', at)) {
            if (p + 1 >= template.length() || template.charAt(p + 1) != 's' || used >= args.length
                    || args[used] instanceof java.util.Formattable) {
                return String.format(template, args);
            }
            out.append(template, at, p).append(args[used++]);
            at = p + 2;
        }
        return out.append(template, at, template.length()).toString();
    }
}

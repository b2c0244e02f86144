package org.vigie.observatory.victims;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names so that a search typed without accents, in any case, finds the written name. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // OCHA and monitors write compound names with hyphens, apostrophes or spaces interchangeably.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’_.]+");

    private Names() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

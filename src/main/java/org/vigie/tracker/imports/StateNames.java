package org.vigie.tracker.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO 3166 alpha-2 code of a State named in English or French as OHCHR's lists name it ("Slovenia", "Mali",
 * "Slovénie"), from the JDK's own country names (no table of our own to keep); accents, case and an article
 * ("the", "le", "la", "l'") do not matter. A list's State is told by its page header or its "Countries Concerned".
 */
public final class StateNames {
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            CODES.putIfAbsent(fold(country.getDisplayCountry(Locale.ENGLISH)), code);
            CODES.putIfAbsent(fold(country.getDisplayCountry(Locale.FRENCH)), code);
        }
    }

    private StateNames() {
    }

    /** The code of the State named {@code name}, if it is one. */
    public static Optional<String> code(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(CODES.get(fold(name)));
    }

    /** The State's name in the language of {@code locale} ("Slovénie"), or the code itself if it names none. */
    public static String name(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    private static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        return plain.replaceFirst("^(the |le |la |les |l')", "").replaceAll("\\s+", " ");
    }
}

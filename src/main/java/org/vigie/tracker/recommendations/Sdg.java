package org.vigie.tracker.recommendations;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Sustainable Development Goal ({@code 16}) or one of its targets ({@code 16.3}, {@code 16.a}).
 *
 * @param code the goal number, optionally followed by a dot and the target's number or letter
 */
public record Sdg(String code) {
    private static final Pattern CODE = Pattern.compile("(1[0-7]|[1-9])(\\.([1-9][0-9]?|[a-d]))?");
    /** "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "16.3", "Goal 5", "SDG 16.a - ...", "5.2 Eliminate ...". */
    private static final Pattern WRITTEN = Pattern.compile(
            "^(?:-\\s*)?(?:(?:SDG|Goal|Target|ODD|Objectif|Cible)\\s*)?((?:1[0-7]|[1-9])(?:\\.(?:[1-9][0-9]?|[a-d]))?)"
                    + "(?![0-9])(?:\\s*[-–:]?\\s*.*)?$", Pattern.CASE_INSENSITIVE);

    public Sdg {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an SDG goal or target: " + code);
        }
    }

    /** Reads a goal or target as OHCHR lists write it, with or without its title. */
    public static Optional<Sdg> parse(String written) {
        Matcher m = WRITTEN.matcher(written.strip());
        return m.matches() ? Optional.of(new Sdg(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** The goal this is or belongs to: 16 for both {@code 16} and {@code 16.3}. */
    public int goal() {
        int dot = code.indexOf('.');
        return Integer.parseInt(dot < 0 ? code : code.substring(0, dot));
    }

    public boolean isTarget() {
        return code.indexOf('.') > 0;
    }
}

package org.vigie.texts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A UN document symbol as the UN writes it: {@code A/RES/73/6}, {@code A/HRC/RES/58/30},
 * {@code S/RES/2719 (2024)}, {@code A/73/L.6/Add.1}, {@code A/AC.105/1137}.
 */
public record ResolutionSymbol(String value) {

    /** Series letter(s), then slash-separated components; the Security Council adds the year. */
    public static final String REGEX = "(?:A|S|E|ST|CCPR|CERD|CRC|CEDAW|CAT|DP|UNEP|FCCC|TD)"
            + "(?:/[A-Z0-9][A-Za-z0-9.\\-]*)+(?: \\(\\d{4}\\))?";
    private static final Pattern FORM = Pattern.compile(REGEX);

    public ResolutionSymbol {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches() || !value.contains("/")) {
            throw new IllegalArgumentException("not a UN document symbol: " + value);
        }
    }

    /** True for the symbol of a resolution ({@code .../RES/...}) rather than of another document. */
    public boolean isResolution() {
        return value.contains("/RES/");
    }

    /** True for the symbol of a decision ({@code A/HRC/DEC/58/115}). */
    public boolean isDecision() {
        return value.contains("/DEC/");
    }

    @Override
    public String toString() {
        return value;
    }
}

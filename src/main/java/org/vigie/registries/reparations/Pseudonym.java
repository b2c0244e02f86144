package org.vigie.registries.reparations;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vigie.errors.InvalidInput;

/**
 * How a reparation claimant is named in Vigie: a code such as {@code CVJR-2025-0042}, never a name.
 * Upper-case letters, digits and dashes, with at least one digit, so that a person's name typed in
 * the field ("Aminata Traoré", "TRAORE") is refused rather than stored.
 */
public record Pseudonym(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public Pseudonym {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches() || value.chars().noneMatch(Character::isDigit)) {
            throw new InvalidInput("pseudonym", "registries.pseudonym.form");
        }
    }

    /** The typed code, or a fresh one ({@code REP-2026-7KQ4}) when none was typed. */
    public static Pseudonym typedOrNew(String typed, int year) {
        if (typed != null && !typed.isBlank()) {
            return new Pseudonym(typed);
        }
        StringBuilder sb = new StringBuilder("REP-").append(year).append('-');
        for (int i = 0; i < 4; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new Pseudonym(sb.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.vigie.observatory.places;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigie.errors.InvalidInput;

/**
 * An OCHA place code for Mali: {@code ML} and two digits for a region ({@code ML07}), two more for a
 * cercle ({@code ML0702}), two more for a commune ({@code ML070201}). Each pair counts from 01, so a
 * code's parent is the code without its last pair. Whether the code names a real unit is the
 * {@link Gazetteer}'s question, not this value's.
 */
public record PCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("ML(?!00)\\d{2}((?!00)\\d{2}((?!00)\\d{2})?)?");

    public PCode {
        Objects.requireNonNull(value, "value");
        // Codes typed by hand or copied from spreadsheets arrive in lower case or padded; both mean the same place.
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInput("pcode", "observatory.pcode.invalid", value);
        }
    }

    public static PCode of(String value) {
        return new PCode(value);
    }

    public AdminLevel level() {
        return AdminLevel.ofCodeLength(value.length()).orElseThrow();
    }

    /** The region or cercle this code lies in; empty for a region. */
    public Optional<PCode> parent() {
        return level() == AdminLevel.REGION ? Optional.empty() : Optional.of(new PCode(value.substring(0, value.length() - 2)));
    }

    /** The region this code lies in (itself for a region). */
    public PCode region() {
        return new PCode(value.substring(0, AdminLevel.REGION.codeLength()));
    }

    /** True when this code is the other one or lies inside it. */
    public boolean isWithin(PCode other) {
        return value.startsWith(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

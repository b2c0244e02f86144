package org.vigie.texts.reading;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A negotiation label that drafters put before a paragraph ({@code PP1.}, {@code PP 21},
 * {@code PP15bis.}, {@code OP3.}). It is kept apart from the paragraph's text; {@code raw} is the
 * label exactly as written (with its point when it had one) so the drafting check can judge its form.
 */
public record DraftLabel(String raw, String part, int number, String suffix) {

    static final Pattern FORM = Pattern.compile(
            "^(PP|OP)\\s*(\\d{1,3})\\s*(bis|ter|quater|quinquies|sexies)?\\s*(\\.)?(?=\\s|$|\\p{Lu})",
            Pattern.CASE_INSENSITIVE);

    public DraftLabel {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(suffix, "suffix");
        if (!part.equals("PP") && !part.equals("OP")) {
            throw new IllegalArgumentException("label part must be PP or OP: " + part);
        }
        if (number < 0) {
            throw new IllegalArgumentException("label number must be positive: " + number);
        }
    }

    /** Reads a label at the start of {@code text}, if there is one. */
    static Optional<DraftLabel> at(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(java.util.Locale.ROOT);
        return Optional.of(new DraftLabel(m.group().strip(), m.group(1).toUpperCase(java.util.Locale.ROOT),
                Integer.parseInt(m.group(2)), suffix));
    }

    /** The canonical name: {@code PP15bis}, {@code OP3}. */
    public String name() {
        return part + number + suffix;
    }

    /** The canonical form is written without spaces and ends with a point ({@code PP15bis.}). */
    public boolean wellFormed() {
        return raw.equals(name() + ".");
    }

    /** An insertion made during negotiation ({@code bis}, {@code ter}) that still awaits renumbering. */
    public boolean isInsertion() {
        return !suffix.isEmpty();
    }
}

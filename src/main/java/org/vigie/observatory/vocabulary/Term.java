package org.vigie.observatory.vocabulary;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One term of a controlled list. A HURIDOCS term's code is its 14-digit vocabulary number (the 12-digit
 * HURIDOCS code, two digits a level, followed by the list number on two digits), since the HURIDOCS
 * code alone repeats across lists; a Vigie term's code starts with {@code VG-}. Level 0 terms have no
 * parent.
 */
public record Term(String code, int listCode, int level, Optional<String> parent, Label label) {

    private static final Pattern HURIDOCS = Pattern.compile("\\d{14}");
    private static final Pattern VIGIE = Pattern.compile("VG-[A-Z0-9]+(-[A-Z0-9]+)*");

    public Term {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(label, "label");
        if (!HURIDOCS.matcher(code).matches() && !VIGIE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a term code: " + code);
        }
        if (level < 0 || (level == 0) != parent.isEmpty()) {
            throw new IllegalArgumentException("Term " + code + ": a top term (level 0) has no parent, any other has one");
        }
    }

    /** The 12-digit HURIDOCS code, for a HURIDOCS term. */
    public Optional<String> huriCode() {
        return isHuridocs() ? Optional.of(code.substring(0, 12)) : Optional.empty();
    }

    public boolean isHuridocs() {
        return HURIDOCS.matcher(code).matches();
    }
}

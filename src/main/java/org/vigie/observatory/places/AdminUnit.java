package org.vigie.observatory.places;

import java.util.Objects;
import java.util.Optional;

/**
 * A region, cercle or commune as one edition of the OCHA code list names it. The name is kept as OCHA
 * writes it (the 2015 list writes "Segou" and "Koulikouro", without accents), so that a unit can always be
 * traced back to its source; search folds accents instead. The edition travels with the unit because
 * codes may name different territories in different editions (Mali's regions were reorganised in 2023,
 * to 19).
 * Level and parent follow from the P-code, so they cannot contradict it.
 */
public record AdminUnit(PCode pcode, String name, String edition) {

    public AdminUnit {
        Objects.requireNonNull(pcode, "pcode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(edition, "edition");
        name = name.strip();
        if (name.isEmpty() || edition.isBlank()) {
            throw new IllegalArgumentException("An administrative unit needs a name and an edition: " + pcode);
        }
    }

    public AdminLevel level() {
        return pcode.level();
    }

    public Optional<PCode> parent() {
        return pcode.parent();
    }
}

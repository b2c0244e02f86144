package org.vigie.registries;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;

/**
 * Where a registry record lies: a cercle or commune of the gazetteer. What a person typed that is not
 * such a code is refused with the nearest names: the units under the closest known code when the
 * code has the right shape, else the units whose name contains what was typed.
 */
public final class Places {
    static final int SUGGESTIONS = 5;
    private final Gazetteer gazetteer;

    Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The cercle or commune named by {@code typed}, a P-code; anything else names {@code field} with suggestions. */
    public AdminUnit cercleOrCommune(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        Optional<PCode> code = shape(typed);
        if (code.isEmpty()) {
            throw unknown(field, typed, gazetteer.search(typed));
        }
        Optional<AdminUnit> unit = gazetteer.find(code.get());
        if (unit.isPresent() && unit.get().level() != AdminLevel.REGION) {
            return unit.get();
        }
        // A region is too wide for a school or a court: suggest its cercles.
        throw unknown(field, typed, unit.isPresent() ? gazetteer.children(code.get()) : nearestKnown(code.get()));
    }

    /** The name of a stored code, or the code itself if this edition lacks it. */
    public String name(String pcode) {
        return shape(pcode).flatMap(gazetteer::find).map(AdminUnit::name).orElse(pcode);
    }

    public List<AdminUnit> regions() {
        return gazetteer.regions();
    }

    public List<AdminUnit> cercles(String region) {
        return shape(region).map(gazetteer::children).orElse(List.of());
    }

    private List<AdminUnit> nearestKnown(PCode code) {
        Optional<PCode> parent = code.parent();
        while (parent.isPresent()) {
            if (gazetteer.find(parent.get()).isPresent()) {
                return gazetteer.children(parent.get());
            }
            parent = parent.get().parent();
        }
        return gazetteer.regions();
    }

    private static Optional<PCode> shape(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PCode.of(typed));
        } catch (InvalidInput notACode) {
            return Optional.empty();
        }
    }

    private static InvalidInput unknown(String field, String typed, List<AdminUnit> near) {
        String names = near.stream().limit(SUGGESTIONS).map(u -> u.name() + " (" + u.pcode().value() + ")")
                .collect(Collectors.joining(", "));
        return names.isEmpty()
                ? new InvalidInput(field, "registries.place.unknown", typed.strip())
                : new InvalidInput(field, "registries.place.unknown_near", typed.strip(), names);
    }
}

package org.vigie.observatory.places;

import java.util.List;
import java.util.Optional;
import org.vigie.errors.InvalidInput;

/**
 * The region → cercle → commune cascade of the place fields: the cercles of a region, the communes of a
 * cercle, each code checked for its shape, its presence in the gazetteer (an unknown one is refused with
 * the nearest places named) and its level.
 */
public final class Places {
    private final Gazetteer gazetteer;

    public Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The cercles of {@code region}, by name; empty when no region is given. */
    public List<AdminUnit> cercles(String region) {
        return unit("region", region, AdminLevel.REGION).map(r -> gazetteer.children(r.pcode())).orElse(List.of());
    }

    /** The communes of {@code cercle}, by name; empty when no cercle is given. */
    public List<AdminUnit> communes(String cercle) {
        return unit("cercle", cercle, AdminLevel.CERCLE).map(c -> gazetteer.children(c.pcode())).orElse(List.of());
    }

    /** The unit a field names at a level; empty when the field is blank. */
    public Optional<AdminUnit> unit(String field, String code, AdminLevel level) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        PCode p;
        try {
            p = PCode.of(code);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.messageKey(), e.args());
        }
        AdminUnit unit = gazetteer.find(p).orElseThrow(() -> new InvalidInput(field, "observatory.incident.unknown_place", p.value(),
                gazetteer.edition(), nearest(p)));
        if (unit.level() != level) {
            throw new InvalidInput(field, level == AdminLevel.REGION ? "observatory.place.not_a_region" : "observatory.place.not_a_cercle",
                    p.value());
        }
        return Optional.of(unit);
    }

    /** The units beside an unknown code: those of its nearest known parent, or the regions. */
    private String nearest(PCode p) {
        Optional<PCode> parent = p.parent();
        while (parent.isPresent() && gazetteer.find(parent.get()).isEmpty()) {
            parent = parent.get().parent();
        }
        List<AdminUnit> near = parent.map(gazetteer::children).orElse(gazetteer.regions());
        return String.join(", ", near.stream().limit(8).map(u -> u.name() + " (" + u.pcode() + ")").toList());
    }
}

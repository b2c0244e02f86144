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
        Optional<PCode> code = shape(typed).or(() -> codeInParentheses(typed));
        if (code.isEmpty()) {
            return byName(field, typed);
        }
        Optional<AdminUnit> unit = gazetteer.find(code.get());
        if (unit.isPresent() && unit.get().level() != AdminLevel.REGION) {
            return unit.get();
        }
        // A region is too wide for a school or a court: suggest its cercles.
        throw unknown(field, typed, unit.isPresent() ? gazetteer.children(code.get()) : nearestKnown(code.get()));
    }

    /**
     * A name typed as people write it: the one cercle or commune of that name is taken; several are refused with
     * each one's cercle and region, so the person can choose; a region's name suggests its cercles.
     */
    private AdminUnit byName(String field, String typed) {
        List<AdminUnit> named = gazetteer.named(typed);
        List<AdminUnit> places = named.stream().filter(u -> u.level() != AdminLevel.REGION).toList();
        if (places.size() == 1) {
            return places.get(0);
        }
        if (places.size() > 1) {
            String choices = places.stream().map(this::withParents).collect(Collectors.joining(" ; "));
            throw new InvalidInput(field, "registries.place.ambiguous", typed.strip(), choices);
        }
        throw unknown(field, typed, named.isEmpty() ? gazetteer.search(typed) : gazetteer.children(named.get(0).pcode()));
    }

    /** "Dourou (ML050208), Bandiagara, Mopti": the unit, its code, then the units above it. */
    private String withParents(AdminUnit unit) {
        StringBuilder b = new StringBuilder(unit.name()).append(" (").append(unit.pcode().value()).append(')');
        for (Optional<PCode> p = unit.pcode().parent(); p.isPresent(); p = p.get().parent()) {
            gazetteer.find(p.get()).ifPresent(u -> b.append(", ").append(u.name()));
        }
        return b.toString();
    }

    /** The code of a suggestion copied back as it was offered: "Dourou (ML050208)". */
    private static Optional<PCode> codeInParentheses(String typed) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((ML[0-9]{2,8})\\)\\s*$").matcher(typed.strip());
        return m.find() ? shape(m.group(1)) : Optional.empty();
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

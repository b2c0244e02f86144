package org.vigie.observatory.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.victims.Names;

/**
 * Finds the P-code of ACLED's admin1, admin2 and admin3 names in the gazetteer. Names are compared
 * folded (accents, case, hyphens aside). ACLED follows Mali's later administrative map and English
 * spellings, so a few names need an alias (listed in docs/observatory-imports.md): "Timbuktu" is
 * OCHA's "Tombouctou", "Koulikoro" region is OCHA's "Koulikouro", and the regions created after 2015
 * (Menaka, Taoudeni) are found where the 2015 list has their territory. A name is looked for among
 * the units directly below the place found so far, then one level further down (a 2015 commune that
 * became a cercle of a new region). A name not found keeps the place found so far and is reported.
 */
final class AcledPlaces {

    /** A name not found below the place kept. */
    record Fallback(String column, String name, PCode kept) {
    }

    /** The place found, with the names that could not be followed further down. */
    record Placed(PCode code, List<Fallback> fallbacks) {
    }

    private static final Map<String, String> REGION_ALIASES = Map.of(
            "timbuktu", "ML06",
            "tombouctou", "ML06",
            "koulikoro", "ML02",
            "menaka", "ML0704",
            "taoudeni", "ML06",
            "taoudenit", "ML06",
            "bamako district", "ML09");
    private static final Map<String, String> NAME_ALIASES = Map.of("timbuktu", "tombouctou");

    private final Gazetteer gazetteer;
    private final Map<String, Optional<Placed>> cache = new HashMap<>();

    AcledPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The place of the three names, or empty when admin1 names no region. */
    Optional<Placed> find(String admin1, String admin2, String admin3) {
        return cache.computeIfAbsent(admin1 + '\u0000' + admin2 + '\u0000' + admin3, k -> resolve(admin1, admin2, admin3));
    }

    /** Names of regions or cercles spelled like the unknown name, for the error message. */
    List<String> suggestions(String name) {
        String folded = Names.fold(name);
        String prefix = folded.length() > 3 ? folded.substring(0, 3) : folded;
        return gazetteer.search(prefix).stream().filter(u -> u.level() != AdminLevel.COMMUNE).limit(3)
                .map(u -> u.name() + " (" + u.pcode() + ")").toList();
    }

    private Optional<Placed> resolve(String admin1, String admin2, String admin3) {
        Optional<AdminUnit> region = region(admin1);
        if (region.isEmpty()) {
            return Optional.empty();
        }
        AdminUnit current = region.get();
        List<Fallback> fallbacks = new ArrayList<>();
        for (String[] level : new String[][] {{"admin2", admin2}, {"admin3", admin3}}) {
            String name = level[1];
            if (name == null || name.isBlank()) {
                continue;
            }
            Optional<AdminUnit> below = below(current, name);
            if (below.isPresent()) {
                current = below.get();
            } else if (!matches(current, name)) {
                fallbacks.add(new Fallback(level[0], name.strip(), current.pcode()));
            }
        }
        return Optional.of(new Placed(current.pcode(), List.copyOf(fallbacks)));
    }

    private Optional<AdminUnit> region(String admin1) {
        String folded = Names.fold(admin1);
        String alias = REGION_ALIASES.get(folded);
        if (alias != null) {
            return gazetteer.find(PCode.of(alias));
        }
        return gazetteer.regions().stream().filter(r -> Names.fold(r.name()).equals(folded)).findFirst();
    }

    private Optional<AdminUnit> below(AdminUnit unit, String name) {
        List<AdminUnit> children = gazetteer.children(unit.pcode());
        List<AdminUnit> found = children.stream().filter(u -> matches(u, name)).toList();
        if (found.isEmpty()) {
            found = children.stream().flatMap(c -> gazetteer.children(c.pcode()).stream()).filter(u -> matches(u, name)).toList();
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** OCHA calls a town's own commune "Mopti Commune" where ACLED writes "Mopti". */
    private static boolean matches(AdminUnit unit, String name) {
        String wanted = Names.fold(name);
        wanted = NAME_ALIASES.getOrDefault(wanted, wanted);
        String own = Names.fold(unit.name());
        return own.equals(wanted) || own.equals(wanted + " commune");
    }
}

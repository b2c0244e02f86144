package org.vigie.observatory.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.victims.Names;

/**
 * Mali's regions, cercles and communes from one edition of OCHA's code list: lookup by P-code, the
 * units inside a unit (for the region, cercle, commune cascade of a form) and search by name ignoring
 * accents and case. Immutable once loaded.
 */
public final class Gazetteer {

    /** OCHA's Common Operational Dataset of administrative boundaries for Mali, 2015 edition. */
    public static final String OCHA_COD_AB_2015 = "ocha-cod-ab-2015";

    private static final String RESOURCES = "/reference/geo/";
    private static final Comparator<AdminUnit> BY_NAME =
            Comparator.comparing((AdminUnit u) -> Names.fold(u.name())).thenComparing(u -> u.pcode().value());

    private final String edition;
    private final Map<PCode, AdminUnit> units;
    private final Map<PCode, List<AdminUnit>> children = new HashMap<>();
    private final Map<PCode, String> foldedNames = new HashMap<>();

    private Gazetteer(String edition, Map<PCode, AdminUnit> units) {
        this.edition = edition;
        this.units = Map.copyOf(units);
        for (AdminUnit unit : units.values()) {
            foldedNames.put(unit.pcode(), Names.fold(unit.name()));
            unit.parent().ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit));
        }
        children.values().forEach(list -> list.sort(BY_NAME));
    }

    /**
     * The 2015 edition shipped in Vigie's resources: 9 regions, 50 cercles, 701 communes, named as French readers
     * write them ({@code mali-names-fr.csv}: "Ségou", "Djenné", "Koulikoro"; OCHA's file drops the accents).
     */
    public static Gazetteer ochaCodAb2015() {
        GazetteerCsv reader = new GazetteerCsv(OCHA_COD_AB_2015)
                .read(AdminLevel.REGION, "adm1", ReferenceCsv.resource(RESOURCES + "mali-adm1-pcodes.csv"))
                .read(AdminLevel.CERCLE, "adm2", ReferenceCsv.resource(RESOURCES + "mali-adm2-pcodes.csv"))
                .read(AdminLevel.COMMUNE, "adm3", ReferenceCsv.resource(RESOURCES + "mali-adm3-pcodes.csv"))
                .rename("names-fr", ReferenceCsv.resource(RESOURCES + "mali-names-fr.csv"));
        return new Gazetteer(OCHA_COD_AB_2015, reader.units());
    }

    /**
     * Reads an edition from OCHA's three attribute tables (regions, cercles, communes).
     *
     * @throws InvalidInput naming the file and line of the first malformed row
     */
    public static Gazetteer fromCsv(String edition, String regions, String cercles, String communes) {
        GazetteerCsv reader = new GazetteerCsv(edition)
                .read(AdminLevel.REGION, "adm1", regions)
                .read(AdminLevel.CERCLE, "adm2", cercles)
                .read(AdminLevel.COMMUNE, "adm3", communes);
        return new Gazetteer(edition, reader.units());
    }

    public String edition() {
        return edition;
    }

    public Optional<AdminUnit> find(PCode code) {
        return Optional.ofNullable(units.get(code));
    }

    /** The unit with this code, or an {@link InvalidInput} on field {@code pcode} when this edition lacks it. */
    public AdminUnit require(PCode code) {
        return find(code).orElseThrow(() -> new InvalidInput("pcode", "observatory.pcode.unknown", code.value(), edition));
    }

    /** Every unit of a level, in code order. */
    public List<AdminUnit> units(AdminLevel level) {
        return sorted(units.values().stream().filter(u -> u.level() == level).toList(),
                Comparator.comparing(u -> u.pcode().value()));
    }

    public List<AdminUnit> regions() {
        return units(AdminLevel.REGION);
    }

    /** The cercles of a region or the communes of a cercle, by name; empty for a commune or an unknown code. */
    public List<AdminUnit> children(PCode parent) {
        return List.copyOf(children.getOrDefault(parent, List.of()));
    }

    /**
     * Units whose name contains the query, accents, case, hyphens and apostrophes aside: exact names
     * first, then names starting with the query, then the rest; within each, regions before cercles
     * before communes. A blank query finds nothing.
     */
    public List<AdminUnit> search(String query) {
        String wanted = Names.fold(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Comparator<AdminUnit> relevance = Comparator.comparingInt((AdminUnit u) -> rank(foldedNames.get(u.pcode()), wanted))
                .thenComparing(AdminUnit::level)
                .thenComparing(BY_NAME);
        return sorted(units.values().stream().filter(u -> foldedNames.get(u.pcode()).contains(wanted)).toList(), relevance);
    }

    /** The units whose name is {@code query}, accents, case and spacing aside, in the order of {@link #search}. */
    public List<AdminUnit> named(String query) {
        String wanted = Names.fold(query);
        return wanted.isEmpty() ? List.of() : search(query).stream().filter(u -> foldedNames.get(u.pcode()).equals(wanted)).toList();
    }

    private static int rank(String name, String wanted) {
        if (name.equals(wanted)) {
            return 0;
        }
        return name.startsWith(wanted) ? 1 : 2;
    }

    private static List<AdminUnit> sorted(Collection<AdminUnit> found, Comparator<AdminUnit> order) {
        List<AdminUnit> list = new ArrayList<>(found);
        list.sort(order);
        return List.copyOf(list);
    }
}

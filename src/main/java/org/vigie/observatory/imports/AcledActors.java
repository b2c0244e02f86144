package org.vigie.observatory.imports;

import java.util.List;
import java.util.Optional;
import org.vigie.observatory.victims.Names;
import org.vigie.observatory.vocabulary.PerpetratorCategory;

/**
 * The perpetrator category of ACLED's actor1, from its actor type (inter1: a number in exports before
 * 2024, a name since) and, for the groups the Security Council lists as terrorist (ISIL (Da'esh) and
 * Al-Qaida sanctions list), from the actor's name, which ACLED codes as rebel groups or political
 * militias. Unidentified armed groups are "unknown" whatever their type.
 */
final class AcledActors {

    private static final List<String> LISTED_AS_TERRORIST = List.of("jnim", "jama a nusrat", "jamaat nusrat",
            "islamic state", "isgs", "al qaeda", "al qaida", "aqim", "ansar dine", "ansar eddine", "mujao",
            "al mourabitoun", "ansaroul islam");

    private AcledActors() {
    }

    /** The category, or empty when inter1 is neither an ACLED code (0 to 8) nor an ACLED type name. */
    static Optional<PerpetratorCategory> category(String inter1, String actor1) {
        String name = Names.fold(actor1);
        if (name.startsWith("unidentified")) {
            return Optional.of(PerpetratorCategory.UNKNOWN);
        }
        if (LISTED_AS_TERRORIST.stream().anyMatch(name::contains)) {
            return Optional.of(PerpetratorCategory.TERRORIST_GROUPS);
        }
        return type(Names.fold(inter1)).map(AcledActors::ofType);
    }

    /** ACLED's actor type code, from the number or the name. */
    private static Optional<Integer> type(String inter) {
        if (inter.isEmpty()) {
            return Optional.of(0);
        }
        if (inter.matches("[0-8]")) {
            return Optional.of(Integer.parseInt(inter));
        }
        String[] names = {"", "state forces", "rebel group", "political militia", "identity militia", "rioters",
                "protesters", "civilians", "external/other forces"};
        for (int i = 1; i < names.length; i++) {
            if (inter.startsWith(Names.fold(names[i])) || (i == 8 && inter.startsWith("external"))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static PerpetratorCategory ofType(int type) {
        return switch (type) {
            case 1 -> PerpetratorCategory.STATE_FORCES;
            case 2, 3 -> PerpetratorCategory.ARMED_GROUPS;
            case 4 -> PerpetratorCategory.SELF_DEFENCE_MILITIA;
            case 8 -> PerpetratorCategory.FOREIGN_FORCES_AND_PRIVATE_MILITARY_COMPANIES;
            case 0 -> PerpetratorCategory.UNKNOWN;
            default -> PerpetratorCategory.OTHER;
        };
    }
}

package org.vigie.observatory.imports;

import java.util.Optional;
import org.vigie.observatory.vocabulary.PerpetratorCategory;

/**
 * The act type an ACLED event becomes, by its sub-type (the table in docs/observatory-imports.md). ACLED
 * codes events, not violations: the act is where an analyst starts, to be refined on verification.
 * Violence against persons is a killing when ACLED counts fatalities and an assault otherwise; an
 * abduction by State or foreign forces is an enforced disappearance (Vigie's extension term). Sub-types
 * that record no act against persons (agreements, bases, transfers of territory, peaceful protests)
 * have no act type: the event is not imported.
 */
public final class AcledActs {

    public static final String KILLING_IN_CONFLICT = "01010300000004";
    public static final String INDISCRIMINATE_KILLING = "01010500000004";
    public static final String PHYSICAL_ASSAULT = "02010100000004";
    public static final String SEXUAL_VIOLATION = "02010200000004";
    public static final String ARREST = "03010100000004";
    public static final String ABDUCTION = "03010400000004";
    static final String ENFORCED_DISAPPEARANCE = "VG-ENFORCED-DISAPPEARANCE";
    public static final String LIMITED_ASSEMBLY = "12010500000004";
    public static final String LOOTING = "13010100000004";
    public static final String OTHER = "90000000000004";

    private AcledActs() {
    }

    static Optional<String> actType(AcledSubEventType type, int fatalities, PerpetratorCategory perpetrator) {
        String violent = fatalities > 0 ? KILLING_IN_CONFLICT : PHYSICAL_ASSAULT;
        return Optional.ofNullable(switch (type) {
            case ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY -> KILLING_IN_CONFLICT;
            case CHEMICAL_WEAPON, AIR_DRONE_STRIKE, SUICIDE_BOMB, SHELLING_ARTILLERY_MISSILE_ATTACK,
                    REMOTE_EXPLOSIVE_LANDMINE_IED, GRENADE -> INDISCRIMINATE_KILLING;
            case ATTACK, EXCESSIVE_FORCE_AGAINST_PROTESTERS, VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> violent;
            case SEXUAL_VIOLENCE -> SEXUAL_VIOLATION;
            case ABDUCTION_FORCED_DISAPPEARANCE -> perpetrator == PerpetratorCategory.STATE_FORCES
                    || perpetrator == PerpetratorCategory.FOREIGN_FORCES_AND_PRIVATE_MILITARY_COMPANIES
                    ? ENFORCED_DISAPPEARANCE : ABDUCTION;
            case PROTEST_WITH_INTERVENTION -> LIMITED_ASSEMBLY;
            case ARRESTS -> ARREST;
            case LOOTING_PROPERTY_DESTRUCTION -> LOOTING;
            case OTHER -> OTHER;
            case PEACEFUL_PROTEST, AGREEMENT, CHANGE_TO_GROUP_ACTIVITY, DISRUPTED_WEAPONS_USE,
                    HEADQUARTERS_OR_BASE_ESTABLISHED, NON_VIOLENT_TRANSFER_OF_TERRITORY -> null;
        });
    }
}

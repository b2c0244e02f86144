package org.vigie.observatory.imports;

import java.util.Optional;

/**
 * ACLED's event sub-types (codebook of 2023), grouped by their event type. The label is ACLED's exact
 * text in the {@code sub_event_type} column of its exports, which is how an import recognises it.
 */
public enum AcledSubEventType {
    ARMED_CLASH("Battles", "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY("Battles", "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Battles", "Non-state actor overtakes territory"),
    CHEMICAL_WEAPON("Explosions/Remote violence", "Chemical weapon"),
    AIR_DRONE_STRIKE("Explosions/Remote violence", "Air/drone strike"),
    SUICIDE_BOMB("Explosions/Remote violence", "Suicide bomb"),
    SHELLING_ARTILLERY_MISSILE_ATTACK("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE_LANDMINE_IED("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    GRENADE("Explosions/Remote violence", "Grenade"),
    SEXUAL_VIOLENCE("Violence against civilians", "Sexual violence"),
    ATTACK("Violence against civilians", "Attack"),
    ABDUCTION_FORCED_DISAPPEARANCE("Violence against civilians", "Abduction/forced disappearance"),
    PEACEFUL_PROTEST("Protests", "Peaceful protest"),
    PROTEST_WITH_INTERVENTION("Protests", "Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS("Protests", "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION("Riots", "Violent demonstration"),
    MOB_VIOLENCE("Riots", "Mob violence"),
    AGREEMENT("Strategic developments", "Agreement"),
    ARRESTS("Strategic developments", "Arrests"),
    CHANGE_TO_GROUP_ACTIVITY("Strategic developments", "Change to group/activity"),
    DISRUPTED_WEAPONS_USE("Strategic developments", "Disrupted weapons use"),
    HEADQUARTERS_OR_BASE_ESTABLISHED("Strategic developments", "Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION("Strategic developments", "Looting/property destruction"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY("Strategic developments", "Non-violent transfer of territory"),
    OTHER("Strategic developments", "Other");

    private final String eventType;
    private final String acledLabel;

    AcledSubEventType(String eventType, String acledLabel) {
        this.eventType = eventType;
        this.acledLabel = acledLabel;
    }

    /** ACLED's {@code event_type}, e.g. "Violence against civilians". */
    public String eventType() {
        return eventType;
    }

    /** ACLED's {@code sub_event_type}, e.g. "Abduction/forced disappearance". */
    public String acledLabel() {
        return acledLabel;
    }

    /** The sub-type ACLED writes with this label, compared exactly as ACLED spells it, case aside. */
    public static Optional<AcledSubEventType> fromAcledLabel(String label) {
        for (AcledSubEventType type : values()) {
            if (type.acledLabel.equalsIgnoreCase(label.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

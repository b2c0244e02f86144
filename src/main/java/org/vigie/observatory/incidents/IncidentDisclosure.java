package org.vigie.observatory.incidents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.PCode;
import org.vigie.security.Role;

/**
 * What an incident shows to each role, field by field: the one policy that the incident pages, the API, the
 * exports and search follow.
 *
 * <p>Roles that see identities ({@link Role#seesIdentities()}: administrators, analysts, monitors) see every
 * field. The others (observers, and focal points and validators, who moreover see no incident at all) see only
 * the {@linkplain Field#coded() coded} fields: reference, dates and their precision, the P-code down to the
 * cercle, act codes with perpetrator categories and involvement, counts of victims by sex and age group,
 * verification status and links. Free text is where names slip in (a monitor names the informant in a source's
 * description, the locality is a hamlet of three families, a title says whose house burned), so title,
 * descriptions, locality, coordinates, the commune, sources' and evidence's descriptions, perpetrators' group
 * names, notes, exact ages, names and the origin's identifier never reach those roles.
 */
public final class IncidentDisclosure {

    /** The fields of an incident, its victims, sources and evidence, and whether each is coded. */
    public enum Field {
        REFERENCE(true), DATES(true), PLACE_TO_CERCLE(true), ACTS(true), PERPETRATOR_CATEGORIES(true), VICTIM_COUNTS(true),
        AGE_GROUPS(true), VERIFICATION(true), LINKS(true),
        TITLE(false), DESCRIPTIONS(false), LOCALITY(false), COORDINATES(false), COMMUNE(false), SOURCE_DESCRIPTIONS(false),
        EVIDENCE(false), PERPETRATOR_NAMES(false), NOTES(false), EXACT_AGES(false), NAMES(false), EXTERNAL_ID(false);

        private final boolean coded;

        Field(boolean coded) {
            this.coded = coded;
        }

        /** Whether the field is a code, a date or a count, which cannot carry a name. */
        public boolean coded() {
            return coded;
        }
    }

    private IncidentDisclosure() {
    }

    /** Whether {@code role} may be sent {@code field}. */
    public static boolean shows(Role role, Field field) {
        return field.coded() || showsFreeText(role);
    }

    /** Whether {@code role} may be sent any free text of an incident; otherwise only coded fields. */
    public static boolean showsFreeText(Role role) {
        return role.seesIdentities();
    }

    /** The fields {@code role} may be sent. */
    public static Set<Field> fieldsFor(Role role) {
        Set<Field> out = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            if (shows(role, f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The place as {@code role} may see it: a commune shows as its cercle to those who see no free text. */
    public static PCode place(PCode place, Role role) {
        if (place == null || shows(role, Field.COMMUNE) || place.level() != AdminLevel.COMMUNE) {
            return place;
        }
        return place.parent().orElse(place);
    }

    /** The incident as {@code role} may see it: free text removed (null) for roles that see only coded fields. */
    public static Incident of(Incident i, Role role) {
        if (showsFreeText(role)) {
            return i;
        }
        List<IncidentAct> acts = i.acts().stream().map(a -> new IncidentAct(a.id(), a.actType(), a.unrecordedVictims(),
                a.perpetrators().stream().map(p -> new PerpetratorDraft(p.category(), null, p.involvement())).toList())).toList();
        List<IncidentSource> sources = i.sources().stream().map(s -> new IncidentSource(s.id(), s.kind(), null, s.reportedOn(),
                s.reliability(), s.addedBy(), s.addedAt())).toList();
        return new Incident(i.id(), i.reference(), i.date(), place(i.place(), role), i.gazetteerEdition(), null, null, null, null,
                null, null, i.status(), i.verifiedBy(), i.verifiedAt(), i.restricted(), i.origin(), null, i.createdBy(),
                i.createdAt(), i.updatedAt(), acts, sources, i.links());
    }

    /** A line of the list as {@code role} may see it. */
    public static IncidentSummary of(IncidentSummary s, Role role) {
        if (showsFreeText(role)) {
            return s;
        }
        return new IncidentSummary(s.id(), s.reference(), s.date(), place(s.place(), role), null, s.status(), s.restricted());
    }

    /** An exported incident as {@code role} may receive it. */
    public static ExportedIncident of(ExportedIncident e, Role role) {
        if (showsFreeText(role)) {
            return e;
        }
        return new ExportedIncident(e.id(), e.reference(), e.dateStart(), e.dateEnd(), e.datePrecision(),
                e.adm3() == null ? e.pcode() : e.adm2() == null ? e.adm1() : e.adm2(), e.adm1(), e.adm2(), null, null, e.status(),
                e.restricted(), null, null, null, e.actTypes(), e.perpetrators(), e.victims(), e.female(), e.male(), e.children());
    }
}

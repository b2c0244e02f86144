package org.vigie.observatory.victims;

import org.vigie.errors.Forbidden;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * Who may see and record what about the victims of one incident. The single place of these rules:
 * <ul>
 *   <li>focal points and validators see nothing of incidents;</li>
 *   <li>an incident of sexual or gender-based violence ({@code restricted}) shows its victims beyond
 *       their count only in the restricted view: administrators, analysts, and the monitor who
 *       recorded the incident;</li>
 *   <li>within what a person may see, identities, photos and consent only to roles that
 *       {@link Role#seesIdentities()} (observers never);</li>
 *   <li>administrators, analysts and monitors record victims, within what they may see;</li>
 *   <li>a victim's facts, identity and consent are changed by administrators, analysts and the monitor
 *       who recorded that victim, within what they may see;</li>
 *   <li>a victim is deleted by administrators and analysts, or by the monitor who recorded it while
 *       its incident is not verified (correcting their own entry before anyone relies on it).</li>
 * </ul>
 */
public record IncidentGate(long incidentId, boolean restricted, String recordedBy) {

    public boolean showsIncidentTo(Principal p) {
        return p.role() != Role.FOCAL_POINT && p.role() != Role.VALIDATOR;
    }

    public boolean inRestrictedView(Principal p) {
        return p.role() == Role.ADMINISTRATOR || p.role() == Role.ANALYST
                || (p.role() == Role.MONITOR && p.username().equals(recordedBy));
    }

    public boolean showsDetailsTo(Principal p) {
        return showsIncidentTo(p) && (!restricted || inRestrictedView(p));
    }

    boolean showsIdentitiesTo(Principal p) {
        return p.role().seesIdentities() && showsDetailsTo(p);
    }

    /**
     * Refuses a person who may not see this incident's details: {@link Forbidden} to the roles that see no
     * incidents, and, to anyone outside the restricted view of a restricted incident, {@link NotFound}
     * exactly as for an incident that does not exist, so that no answer tells which ids are restricted.
     */
    public void requireDetailsFor(Principal p) {
        if (!showsIncidentTo(p)) {
            throw new Forbidden(p.username() + " does not see incidents");
        }
        if (!showsDetailsTo(p)) {
            throw new NotFound("incident " + incidentId);
        }
    }

    public boolean admitsRecorder(Principal p) {
        boolean records = p.role() == Role.ADMINISTRATOR || p.role() == Role.ANALYST || p.role() == Role.MONITOR;
        return records && showsDetailsTo(p);
    }

    boolean admitsEditor(Principal p, String victimRecordedBy) {
        return (analystOrAdministrator(p) || ownEntry(p, victimRecordedBy)) && showsIdentitiesTo(p);
    }

    boolean admitsEraser(Principal p, String victimRecordedBy, boolean incidentVerified) {
        return (analystOrAdministrator(p) || (ownEntry(p, victimRecordedBy) && !incidentVerified)) && showsDetailsTo(p);
    }

    private static boolean analystOrAdministrator(Principal p) {
        return p.role() == Role.ADMINISTRATOR || p.role() == Role.ANALYST;
    }

    private static boolean ownEntry(Principal p, String recordedBy) {
        return p.role() == Role.MONITOR && p.username().equals(recordedBy);
    }
}

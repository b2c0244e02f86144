package org.vigie.registries;

import java.util.Optional;
import org.vigie.accounts.Institution;
import org.vigie.accounts.InstitutionStore;
import org.vigie.errors.Forbidden;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * Who may read and change each registry. Administrators, analysts and monitors record and edit all
 * three; observers read them (never suspects' names); focal points and validators act only on the
 * registry of their ministry: Education (MEN) for closed schools, Justice (MJDH) for proceedings.
 * For anyone else, a registry held to an institution does not exist.
 */
public final class RegistryAccess {
    public static final Role[] EDITORS = {Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR};
    public static final String EDUCATION = "MEN";
    public static final String JUSTICE = "MJDH";

    private final InstitutionStore institutions;

    RegistryAccess(InstitutionStore institutions) {
        this.institutions = institutions;
    }

    public static boolean isEditor(Principal p) {
        return p.role() == Role.ADMINISTRATOR || p.role() == Role.ANALYST || p.role() == Role.MONITOR;
    }

    /** Suspects' names: administrators and analysts only. */
    public static boolean seesSuspectNames(Principal p) {
        return p.role() == Role.ADMINISTRATOR || p.role() == Role.ANALYST;
    }

    static boolean actsForInstitution(Principal p) {
        return p.role() == Role.FOCAL_POINT || p.role() == Role.VALIDATOR;
    }

    /** Whether {@code p} may read the registry held to {@code institution} (null: not held to one). */
    public boolean mayRead(Principal p, String institution) {
        if (!actsForInstitution(p)) {
            return true;
        }
        return institution != null && institution.equals(codeOf(p));
    }

    public void requireReader(Principal p, String institution) {
        if (!mayRead(p, institution)) {
            throw new NotFound("registry of " + institution);
        }
    }

    /** Whether {@code p} may update records of the registry held to {@code institution}. */
    public boolean mayUpdate(Principal p, String institution) {
        return isEditor(p) || (actsForInstitution(p) && mayRead(p, institution));
    }

    public void requireUpdater(Principal p, String institution) {
        requireReader(p, institution);
        if (!mayUpdate(p, institution)) {
            throw new Forbidden(p.username() + " may not update this registry");
        }
    }

    public static void requireEditor(Principal p) {
        if (!isEditor(p)) {
            throw new Forbidden(p.username() + " may not record in the registries");
        }
    }

    /** The id of an institution, for search documents held to it. */
    public Long institutionId(String code) {
        return institutions.byCode(code).map(Institution::id).orElse(null);
    }

    private String codeOf(Principal p) {
        Optional<Institution> i = p.institutionId() == null ? Optional.empty() : institutions.byId(p.institutionId());
        return i.map(Institution::code).orElse(null);
    }
}

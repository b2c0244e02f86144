package org.vigie.accounts;

import java.time.Instant;
import java.util.Objects;
import org.vigie.i18n.Lang;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/** A person's account: who they are, their one role and, for some roles, their institution. */
public record Account(long id, String username, String displayName, Role role, Long institutionId,
                      boolean disabled, boolean twoFactor, Lang language, boolean demo, Instant createdAt) {
    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? "" : displayName;
    }

    public Principal principal() {
        return new Principal(id, username, role, institutionId, language == null ? null : language.code());
    }

    /** Whether the role of this account requires an institution (focal points and validators). */
    public static boolean needsInstitution(Role role) {
        return role == Role.FOCAL_POINT || role == Role.VALIDATOR;
    }
}

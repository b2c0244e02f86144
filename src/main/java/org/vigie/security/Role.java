package org.vigie.security;

import io.javalin.security.RouteRole;

/**
 * What a person may do in Vigie. Each account holds exactly one role; routes name the roles they admit.
 *
 * <p>{@link #OBSERVER} reads but never sees a victim's identity; {@link #FOCAL_POINT} and
 * {@link #VALIDATOR} act for one institution only.
 */
public enum Role implements RouteRole {
    ADMINISTRATOR("administrator"),
    ANALYST("analyst"),
    MONITOR("monitor"),
    FOCAL_POINT("focal_point"),
    VALIDATOR("validator"),
    OBSERVER("observer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The stable code stored in the database and used in the API ({@code focal_point}). */
    public String code() {
        return code;
    }

    /** Parses a code or an enum name, case-insensitively; throws with the accepted values otherwise. */
    public static Role parse(String value) {
        if (value != null) {
            String v = value.trim();
            for (Role r : values()) {
                if (r.code.equalsIgnoreCase(v) || r.name().equalsIgnoreCase(v) || r.code.replace('_', '-').equalsIgnoreCase(v)) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("unknown role '" + value + "': expected one of "
                + java.util.Arrays.stream(values()).map(Role::code).toList());
    }

    /** Whether this role may see the identities of victims and witnesses. */
    public boolean seesIdentities() {
        return this == ADMINISTRATOR || this == ANALYST || this == MONITOR;
    }
}

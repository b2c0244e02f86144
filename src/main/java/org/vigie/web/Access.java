package org.vigie.web;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import org.vigie.security.Role;

/** Route roles beyond the account roles: who may call a route that needs no specific role. */
public enum Access implements RouteRole {
    /** Anyone, logged in or not: login, health, public pages. */
    ANYONE,
    /** Vigie's own static files: served to anyone without looking up the caller, and cached. */
    ASSET,
    /**
     * A field device (ODK Collect, KoboCollect), authenticated by the token in its path: no session, no
     * CSRF token (the phone has neither), so the pipeline leaves the caller to the route, which must check it.
     */
    DEVICE;

    /** Every account role: pages any logged-in person may see. */
    public static final Role[] LOGGED_IN = Role.values();

    /** All roles except those listed. */
    public static Role[] allBut(Role... excluded) {
        return Arrays.stream(Role.values()).filter(r -> Arrays.stream(excluded).noneMatch(e -> e == r)).toArray(Role[]::new);
    }
}

package org.vigie.security;

import java.util.Objects;

/**
 * The authenticated caller of a request: who they are, their role and, for focal points and
 * validators, the institution they act for, and the interface language they chose (null: none).
 */
public record Principal(long accountId, String username, Role role, Long institutionId, String language) {
    public Principal {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** A principal with no language preference of its own. */
    public Principal(long accountId, String username, Role role, Long institutionId) {
        this(accountId, username, role, institutionId, null);
    }

    public boolean is(Role r) {
        return role == r;
    }
}

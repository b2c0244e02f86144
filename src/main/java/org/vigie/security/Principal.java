package org.vigie.security;

import java.util.Objects;

/**
 * The authenticated caller of a request: who they are, their role and, for focal points and
 * validators, the institution they act for.
 */
public record Principal(long accountId, String username, Role role, Long institutionId) {
    public Principal {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public boolean is(Role r) {
        return role == r;
    }
}

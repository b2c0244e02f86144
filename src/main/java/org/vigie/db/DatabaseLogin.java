package org.vigie.db;

import java.util.Objects;

/** A PostgreSQL role and its password; the password never appears in {@link #toString()}. */
record DatabaseLogin(String user, String password) {
    DatabaseLogin {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public String toString() {
        return user;
    }
}

package org.vigie.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id with OWASP's recommended cost (19 MiB, 2 passes, 1 lane): slow enough to make a stolen
 * table expensive to crack, fast enough for a small office machine.
 */
final class PasswordHasher {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID, 19);
    /** A hash of a random password, checked when the username is unknown so timing does not tell. */
    private static final String DUMMY = hash("dummy-password-for-constant-time");

    private PasswordHasher() {
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    static void burnTime(String password) {
        matches(password == null ? "" : password, DUMMY);
    }
}

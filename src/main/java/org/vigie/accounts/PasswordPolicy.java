package org.vigie.accounts;

import java.util.Locale;
import java.util.Set;
import org.vigie.errors.InvalidInput;

/**
 * The minimum a password must meet. Length matters most (NIST SP 800-63B): at least 12 characters,
 * not the username, not one character repeated, not a password everyone tries first.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = Set.of(
            "123456789012", "password1234", "motdepasse12", "azertyuiop12", "qwertyuiop12",
            "administrator", "administrateur", "bamako123456", "vigie1234567", "changeme1234",
            "passwordpassword", "111111111111", "000000000000", "abcdefghijkl", "mali12345678");

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidInput} on field {@code password} naming the first rule broken. */
    public static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInput("password", "error.password.too_short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput("password", "error.password.too_long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("password", "error.password.contains_username");
        }
        if (password.chars().distinct().count() < 4 || COMMON.contains(lower)) {
            throw new InvalidInput("password", "error.password.too_common");
        }
    }
}

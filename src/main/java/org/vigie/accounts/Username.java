package org.vigie.accounts;

import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.errors.InvalidInput;

/** A login name: 2 to 64 characters, lower-case letters, digits, dot, dash and underscore. */
public record Username(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public Username {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInput("username", "error.username.form");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

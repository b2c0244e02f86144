package org.vigie.accounts;

import org.vigie.errors.InvalidInput;
import org.vigie.security.Role;

/** What an administrator (or the command line) gives to create an account. */
public record NewAccount(Username username, String displayName, Role role, String institutionCode, String password) {
    public NewAccount {
        displayName = displayName == null ? "" : displayName.strip();
        if (displayName.length() > 200) {
            throw new InvalidInput("display_name", "error.too_long", 200);
        }
        institutionCode = institutionCode == null || institutionCode.isBlank() ? null : institutionCode.strip();
        if (Account.needsInstitution(role) && institutionCode == null) {
            throw new InvalidInput("institution", "error.institution.required");
        }
        if (!Account.needsInstitution(role)) {
            institutionCode = null;
        }
    }
}

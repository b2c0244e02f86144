package org.vigie.accounts;

/** A token just created: the only moment its value is known, to show once to its owner. */
public record CreatedToken(ApiToken token, String value) {
}

package org.vigie.web;

import java.util.Optional;
import org.vigie.security.Principal;

/**
 * How the web layer learns who is calling, without knowing how accounts are stored: from the
 * session cookie's value, or from a bearer token.
 */
public interface Authenticator {
    Optional<Principal> bySession(String cookieValue);

    Optional<Principal> byToken(String bearerToken);

    /** The account's preferred language code, if it chose one. */
    Optional<String> preferredLanguage(Principal principal);
}

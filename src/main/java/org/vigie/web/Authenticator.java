package org.vigie.web;

import java.util.Optional;
import org.vigie.security.Principal;

/**
 * How the web layer learns who is calling, without knowing how accounts are stored: from the
 * session cookie's value, or from a bearer token. Accounts' {@code Authentication} is the only
 * implementation; the interface exists so that {@code web} does not depend on {@code accounts}.
 */
public interface Authenticator {
    Optional<Principal> bySession(String cookieValue);

    Optional<Principal> byToken(String bearerToken);
}

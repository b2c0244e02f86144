package org.vigie;

import java.util.Optional;
import org.vigie.accounts.Accounts;
import org.vigie.accounts.Authentication;
import org.vigie.security.Principal;
import org.vigie.web.Authenticator;

/** Connects the web layer to accounts without the web layer knowing about accounts. */
final class WebAuthenticator implements Authenticator {
    private final Authentication authentication;
    private final Accounts accounts;

    WebAuthenticator(Authentication authentication, Accounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @Override
    public Optional<Principal> bySession(String cookieValue) {
        return authentication.bySession(cookieValue);
    }

    @Override
    public Optional<Principal> byToken(String bearerToken) {
        return authentication.byToken(bearerToken);
    }

    @Override
    public Optional<String> preferredLanguage(Principal principal) {
        return accounts.byUsername(principal.username()).map(a -> a.language() == null ? null : a.language().code());
    }
}

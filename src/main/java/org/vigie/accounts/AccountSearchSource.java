package org.vigie.accounts;

import java.util.Set;
import java.util.function.Consumer;
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchSource;
import org.vigie.security.Role;

/** Accounts as administrators find them in search: username, display name, role. */
public final class AccountSearchSource implements SearchSource {
    static final String KIND = "account";
    private final Accounts accounts;

    public AccountSearchSource(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void forEach(Consumer<SearchDocument> sink) {
        accounts.all().forEach(a -> sink.accept(document(a)));
    }

    /** One account read by its key: what a node following the search log reads for each change (issue 18). */
    @Override
    public java.util.Optional<SearchDocument> document(String id) {
        try {
            return java.util.Optional.of(document(accounts.byId(Long.parseLong(id))));
        } catch (NumberFormatException | org.vigie.errors.NotFound e) {
            return java.util.Optional.empty();
        }
    }

    static SearchDocument document(Account a) {
        String body = a.displayName() + " " + a.role().code() + (a.disabled() ? " disabled désactivé" : "");
        return new SearchDocument(KIND, Long.toString(a.id()), a.username(), body, null, "/admin/accounts",
                Set.of(Role.ADMINISTRATOR), null, a.createdAt());
    }
}

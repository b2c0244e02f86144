package org.vigie.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigie.i18n.Lang;
import org.vigie.security.Role;

/** SQL for accounts and their credentials. */
final class AccountStore {
    private static final String COLUMNS = "id, username, display_name, role, institution_id, disabled, "
            + "totp_secret IS NOT NULL AS two_factor, language, demo, created_at";
    private final Jdbi jdbi;

    AccountStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(Handle h, Username username, String displayName, Role role, Long institutionId, String passwordHash, boolean demo) {
        return h.createUpdate("INSERT INTO account (username, display_name, role, institution_id, password_hash, demo) "
                        + "VALUES (:u, :d, :r, :i, :p, :demo)")
                .bind("u", username.value()).bind("d", displayName).bind("r", role.code()).bind("i", institutionId)
                .bind("p", passwordHash).bind("demo", demo)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    boolean usernameTaken(Handle h, Username username) {
        return h.createQuery("SELECT count(*) FROM account WHERE lower(username) = :u")
                .bind("u", username.value()).mapTo(Integer.class).one() > 0;
    }

    Optional<Account> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id")
                .bind("id", id).map(AccountStore::account).findOne());
    }

    Optional<Account> byUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE lower(username) = lower(:u)")
                .bind("u", username).map(AccountStore::account).findOne());
    }

    Optional<String> passwordHash(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM account WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    Optional<byte[]> totpSecret(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT totp_secret FROM account WHERE id = :id")
                .bind("id", id).mapTo(byte[].class).findOne());
    }

    List<Account> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account ORDER BY lower(username)")
                .map(AccountStore::account).list());
    }

    long countAdministrators(Handle h) {
        return h.createQuery("SELECT count(*) FROM account WHERE role = 'administrator' AND NOT disabled")
                .mapTo(Long.class).one();
    }

    void setPassword(Handle h, long id, String hash) {
        h.createUpdate("UPDATE account SET password_hash = :p, password_changed_at = now() WHERE id = :id")
                .bind("p", hash).bind("id", id).execute();
    }

    void setTotpSecret(Handle h, long id, byte[] encryptedSecret) {
        h.createUpdate("UPDATE account SET totp_secret = :s WHERE id = :id").bind("s", encryptedSecret).bind("id", id).execute();
    }

    void setRole(Handle h, long id, Role role, Long institutionId) {
        h.createUpdate("UPDATE account SET role = :r, institution_id = :i WHERE id = :id")
                .bind("r", role.code()).bind("i", institutionId).bind("id", id).execute();
    }

    void setDisabled(Handle h, long id, boolean disabled) {
        h.createUpdate("UPDATE account SET disabled = :d WHERE id = :id").bind("d", disabled).bind("id", id).execute();
    }

    void setLanguage(long id, Lang lang) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE account SET language = :l WHERE id = :id")
                .bind("l", lang.code()).bind("id", id).execute());
    }

    private static Account account(ResultSet rs, StatementContext ctx) throws SQLException {
        long inst = rs.getLong("institution_id");
        Long institution = rs.wasNull() ? null : inst;
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.parse(rs.getString("role")), institution, rs.getBoolean("disabled"), rs.getBoolean("two_factor"),
                Lang.fromCode(rs.getString("language")).orElse(null), rs.getBoolean("demo"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}

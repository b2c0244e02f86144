package org.vigie.observatory.victims;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** SQL for what happens to a victim after it is recorded: facts and identity changed, consent changed, erasure. */
final class VictimChangeStore {

    /** A victim locked for a change, with what decides who may change it. */
    record Current(long id, long incidentId, String pseudonym, String createdBy, Consent consent, byte[] identity,
                   int photos, boolean incidentVerified) {
    }

    /** Locks the victim's row until the transaction ends, so that two changes do not interleave. */
    Optional<Current> current(Handle h, long victimId) {
        return h.createQuery("SELECT v.id, v.incident_id, v.pseudonym, v.created_by, v.consent_uses, v.consent_given_on, "
                        + "v.consent_given_by, v.identity, (SELECT count(*) FROM victim_photo p WHERE p.victim_id = v.id) AS photos, "
                        + "i.verification_status = 'verified' AS verified FROM victim v JOIN incident i ON i.id = v.incident_id "
                        + "WHERE v.id = :id FOR UPDATE OF v")
                .bind("id", victimId)
                .map((rs, ctx) -> new Current(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("pseudonym"),
                        rs.getString("created_by"), new Consent(uses(rs.getArray("consent_uses")),
                        rs.getObject("consent_given_on", LocalDate.class), rs.getString("consent_given_by")),
                        rs.getBytes("identity"), rs.getInt("photos"), rs.getBoolean("verified")))
                .findOne();
    }

    void updateFacts(Handle h, long id, VictimDraft d, AgeGroup group, List<Long> actIds) {
        h.createUpdate("UPDATE victim SET sex = :sex, age = :age, age_group = :group, categories = :categories WHERE id = :id")
                .bind("id", id).bind("sex", VictimStore.code(d.sex())).bind("age", d.age()).bind("group", VictimStore.code(group))
                .bindArray("categories", String.class, d.categories().stream().map(VictimStore::code).sorted().toList()).execute();
        h.createUpdate("DELETE FROM victim_act WHERE victim_id = :v").bind("v", id).execute();
        for (long act : actIds) {
            h.createUpdate("INSERT INTO victim_act (victim_id, act_id) VALUES (:v, :a)").bind("v", id).bind("a", act).execute();
        }
    }

    /** Replaces the ciphertext of the identity; null erases it. */
    void updateIdentity(Handle h, long id, byte[] sealed) {
        h.createUpdate("UPDATE victim SET identity = :identity WHERE id = :id").bind("id", id).bind("identity", sealed).execute();
    }

    /** Deletes the victim's photos (their ciphertext with them); returns how many there were. */
    int erasePhotos(Handle h, long victimId) {
        return h.createUpdate("DELETE FROM victim_photo WHERE victim_id = :v").bind("v", victimId).execute();
    }

    /** Deletes one photo of the victim with its ciphertext; false when the victim has no such photo. */
    boolean erasePhoto(Handle h, long victimId, long photoId) {
        return h.createUpdate("DELETE FROM victim_photo WHERE id = :p AND victim_id = :v").bind("p", photoId).bind("v", victimId).execute() == 1;
    }

    /** Puts {@code consent} in force and appends it to the history. */
    void changeConsent(Handle h, long id, Consent consent, boolean identityErased, String actor) {
        List<String> uses = consent.uses().stream().map(VictimStore::code).sorted().toList();
        h.createUpdate("UPDATE victim SET consent_uses = :uses, consent_given_on = :on, consent_given_by = :by WHERE id = :id")
                .bind("id", id).bindArray("uses", String.class, uses).bind("on", consent.givenOn()).bind("by", consent.givenBy())
                .execute();
        h.createUpdate("INSERT INTO victim_consent_change (victim_id, uses, expressed_on, expressed_by, identity_erased, recorded_by) "
                        + "VALUES (:v, :uses, :on, :by, :erased, :actor)")
                .bind("v", id).bindArray("uses", String.class, uses).bind("on", consent.givenOn()).bind("by", consent.givenBy())
                .bind("erased", identityErased).bind("actor", actor).execute();
    }

    List<ConsentChange> consentHistory(Handle h, long victimId) {
        return h.createQuery("SELECT uses, expressed_on, expressed_by, identity_erased, recorded_by, recorded_at "
                        + "FROM victim_consent_change WHERE victim_id = :v ORDER BY id")
                .bind("v", victimId)
                .map((rs, ctx) -> new ConsentChange(uses(rs.getArray("uses")), rs.getObject("expressed_on", LocalDate.class),
                        rs.getString("expressed_by"), rs.getBoolean("identity_erased"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Deletes the victim, its ciphertexts, photos, acts suffered and consent history with it, and retires
     * its pseudonym so that it never names another victim.
     */
    void delete(Handle h, long victimId, String pseudonym) {
        h.createUpdate("INSERT INTO victim_pseudonym_retired (pseudonym) VALUES (:p) ON CONFLICT DO NOTHING").bind("p", pseudonym).execute();
        erasePhotos(h, victimId);
        h.createUpdate("DELETE FROM victim WHERE id = :id").bind("id", victimId).execute();
    }

    private static Set<ConsentUse> uses(Array array) throws SQLException {
        Set<ConsentUse> out = EnumSet.noneOf(ConsentUse.class);
        for (String code : (String[]) array.getArray()) {
            out.add(ConsentUse.valueOf(code.toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}

package org.vigie.accounts;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for the directory of institutions. */
public final class InstitutionStore {
    private final Jdbi jdbi;

    public InstitutionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Institution> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, code, name_fr, name_en FROM institution ORDER BY code")
                .map((rs, ctx) -> new Institution(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
    }

    public Optional<Institution> byCode(String code) {
        return all().stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Institution> byId(long id) {
        return all().stream().filter(i -> i.id() == id).findFirst();
    }

    /** Adds the institution unless its code exists; returns its id either way. */
    public long ensure(String code, String nameFr, String nameEn) {
        return jdbi.withHandle(h -> h.createQuery("INSERT INTO institution (code, name_fr, name_en) VALUES (:c, :f, :e) "
                        + "ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id")
                .bind("c", code).bind("f", nameFr).bind("e", nameEn).mapTo(Long.class).one());
    }
}

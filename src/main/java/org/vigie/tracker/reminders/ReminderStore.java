package org.vigie.tracker.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for reporting deadlines and the addresses reminder digests go to. */
final class ReminderStore {
    private final Jdbi jdbi;

    ReminderStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Deadline> deadlines() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM tracker_deadline ORDER BY due_on, id")
                .map((rs, ctx) -> new Deadline(rs.getLong("id"), rs.getString("code"), rs.getString("title_fr"),
                        rs.getString("title_en"), rs.getObject("due_on", LocalDate.class))).list());
    }

    Optional<Deadline> deadline(long id) {
        return deadlines().stream().filter(d -> d.id() == id).findFirst();
    }

    void setDeadline(Handle h, long id, LocalDate dueOn, String actor) {
        h.createUpdate("UPDATE tracker_deadline SET due_on = :d, updated_by = :by, updated_at = now() WHERE id = :id")
                .bind("d", dueOn).bind("by", actor).bind("id", id).execute();
    }

    void setAddress(Handle h, long accountId, String address, String actor) {
        h.createUpdate("INSERT INTO tracker_reminder_address (account_id, address, updated_by) VALUES (:a, :addr, :by) "
                        + "ON CONFLICT (account_id) DO UPDATE SET address = EXCLUDED.address, updated_by = EXCLUDED.updated_by, "
                        + "updated_at = now()")
                .bind("a", accountId).bind("addr", address).bind("by", actor).execute();
    }

    /** Account id to address, for every account that has one. */
    Map<Long, String> addresses() {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, address FROM tracker_reminder_address")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}

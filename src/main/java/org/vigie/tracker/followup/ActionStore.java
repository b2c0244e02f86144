package org.vigie.tracker.followup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigie.tracker.reminders.Frequency;

/** SQL for actions, indicators and their measured values. */
final class ActionStore {
    private static final String ACTION = "SELECT a.*, i.code AS institution_code FROM tracker_action a "
            + "JOIN institution i ON i.id = a.institution_id ";
    private final Jdbi jdbi;

    ActionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insertAction(Handle h, long recommendationId, long institutionId, ActionDraft d, String actor) {
        return h.createUpdate("INSERT INTO tracker_action (recommendation_id, title, institution_id, responsible, starts_on, due_on, "
                        + "state, updated_by) VALUES (:r, :title, :inst, :resp, :starts, :due, :state, :by)")
                .bind("r", recommendationId).bind("title", d.title()).bind("inst", institutionId).bind("resp", d.responsible())
                .bind("starts", d.startsOn()).bind("due", d.dueOn()).bind("state", d.state().code()).bind("by", actor)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void updateAction(Handle h, long id, long institutionId, ActionDraft d, String actor) {
        h.createUpdate("UPDATE tracker_action SET title = :title, institution_id = :inst, responsible = :resp, starts_on = :starts, "
                        + "due_on = :due, state = :state, updated_by = :by, updated_at = now() WHERE id = :id")
                .bind("id", id).bind("title", d.title()).bind("inst", institutionId).bind("resp", d.responsible())
                .bind("starts", d.startsOn()).bind("due", d.dueOn()).bind("state", d.state().code()).bind("by", actor).execute();
    }

    Optional<TrackerAction> action(long id) {
        return jdbi.withHandle(h -> h.createQuery(ACTION + "WHERE a.id = :id").bind("id", id).map(ActionStore::action).findOne());
    }

    List<TrackerAction> actionsOf(long recommendationId) {
        return jdbi.withHandle(h -> h.createQuery(ACTION + "WHERE a.recommendation_id = :r ORDER BY a.due_on NULLS LAST, a.id")
                .bind("r", recommendationId).map(ActionStore::action).list());
    }

    /**
     * Open actions due before {@code until}, soonest first; {@code owner} keeps one institution's, {@code assignedTo}
     * those of recommendations assigned to one institution (null: no such condition).
     */
    List<TrackerAction> openDueBefore(LocalDate until, Long owner, Long assignedTo) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(ACTION + "WHERE a.state IN ('planned', 'ongoing') AND a.due_on < :until"
                    + (owner == null ? "" : " AND a.institution_id = :owner")
                    + (assignedTo == null ? "" : " AND a.recommendation_id IN (SELECT recommendation_id FROM recommendation_assignment "
                            + "WHERE institution_id = :assigned)")
                    + " ORDER BY a.due_on, a.id LIMIT 500").bind("until", until);
            if (owner != null) {
                q.bind("owner", owner);
            }
            if (assignedTo != null) {
                q.bind("assigned", assignedTo);
            }
            return q.map(ActionStore::action).list();
        });
    }

    long insertIndicator(Handle h, long recommendationId, IndicatorDraft d, String actor) {
        return h.createUpdate("INSERT INTO tracker_indicator (recommendation_id, name, unit, baseline_value, baseline_on, target_value, "
                        + "target_on, frequency, updated_by) VALUES (:r, :name, :unit, :bv, :bo, :tv, :to, :f, :by)")
                .bind("r", recommendationId).bind("name", d.name()).bind("unit", d.unit()).bind("bv", d.baselineValue())
                .bind("bo", d.baselineOn()).bind("tv", d.targetValue()).bind("to", d.targetOn()).bind("f", d.frequency().code())
                .bind("by", actor).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void updateIndicator(Handle h, long id, IndicatorDraft d, String actor) {
        h.createUpdate("UPDATE tracker_indicator SET name = :name, unit = :unit, baseline_value = :bv, baseline_on = :bo, "
                        + "target_value = :tv, target_on = :to, frequency = :f, updated_by = :by, updated_at = now() WHERE id = :id")
                .bind("id", id).bind("name", d.name()).bind("unit", d.unit()).bind("bv", d.baselineValue())
                .bind("bo", d.baselineOn()).bind("tv", d.targetValue()).bind("to", d.targetOn()).bind("f", d.frequency().code())
                .bind("by", actor).execute();
    }

    /** Records a value; a second value for the same date replaces the first. */
    void recordValue(Handle h, long indicatorId, Measurement m) {
        h.createUpdate("INSERT INTO tracker_indicator_value (indicator_id, measured_on, value, source, recorded_by) "
                        + "VALUES (:i, :on, :v, :s, :by) ON CONFLICT (indicator_id, measured_on) "
                        + "DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, recorded_by = EXCLUDED.recorded_by, "
                        + "recorded_at = now()")
                .bind("i", indicatorId).bind("on", m.measuredOn()).bind("v", m.value()).bind("s", m.source())
                .bind("by", m.recordedBy()).execute();
    }

    /** The recommendation an indicator belongs to. */
    Optional<Long> recommendationOfIndicator(long indicatorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT recommendation_id FROM tracker_indicator WHERE id = :id")
                .bind("id", indicatorId).mapTo(Long.class).findOne());
    }

    List<Indicator> indicatorsOf(long recommendationId) {
        return jdbi.withHandle(h -> {
            Map<Long, List<Measurement>> values = new HashMap<>();
            h.createQuery("SELECT v.* FROM tracker_indicator_value v JOIN tracker_indicator i ON i.id = v.indicator_id "
                            + "WHERE i.recommendation_id = :r ORDER BY v.measured_on")
                    .bind("r", recommendationId)
                    .map((rs, ctx) -> Map.entry(rs.getLong("indicator_id"), new Measurement(rs.getObject("measured_on", LocalDate.class),
                            rs.getBigDecimal("value"), rs.getString("source"), rs.getString("recorded_by"))))
                    .forEach(e -> values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return h.createQuery("SELECT * FROM tracker_indicator WHERE recommendation_id = :r ORDER BY id").bind("r", recommendationId)
                    .map((rs, ctx) -> indicator(rs, values.getOrDefault(rs.getLong("id"), List.of()))).list();
        });
    }

    private static Indicator indicator(ResultSet rs, List<Measurement> values) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getString("name"), rs.getString("unit"),
                (BigDecimal) rs.getBigDecimal("baseline_value"), rs.getObject("baseline_on", LocalDate.class),
                rs.getBigDecimal("target_value"), rs.getObject("target_on", LocalDate.class),
                Frequency.parse("frequency", rs.getString("frequency")), values);
    }

    private static TrackerAction action(ResultSet rs, StatementContext ctx) throws SQLException {
        return new TrackerAction(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getString("title"), rs.getLong("institution_id"),
                rs.getString("institution_code"), rs.getString("responsible"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), ActionState.parse("state", rs.getString("state")), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

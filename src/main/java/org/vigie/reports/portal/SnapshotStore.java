package org.vigie.reports.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.reports.portal.Snapshot.Institution;
import org.vigie.reports.portal.Snapshot.PublicRecommendation;
import org.vigie.reports.portal.Snapshot.ResolutionParagraph;
import org.vigie.reports.portal.Snapshot.StatusChange;

/**
 * The published snapshots ({@code publication}, V070), and the public facts of recommendations the publish
 * step reads from the tracker. A snapshot is stored as gzip-compressed JSON with the SHA-256 of its content
 * without its time, so that publishing what is already published stores nothing.
 */
final class SnapshotStore {
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A stored snapshot's row: its number, when and by whom it was made, and its digest. */
    record Stored(long id, Instant madeAt, String madeBy, String trigger, String digest) {
    }

    private final Jdbi jdbi;

    SnapshotStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores {@code s} unless the latest snapshot has the same content; answers the row that holds it. */
    Stored save(Handle h, Snapshot s, String madeBy, String trigger) {
        String digest = digest(s);
        Optional<Stored> latest = latest(h);
        if (latest.isPresent() && latest.get().digest().equals(digest)) {
            return latest.get();
        }
        return h.createQuery("INSERT INTO publication (made_at, made_by, trigger, digest, content) VALUES (:at, :by, :t, :d, :c) "
                        + "RETURNING id, made_at, made_by, trigger, digest")
                .bind("at", OffsetDateTime.ofInstant(s.madeAt(), java.time.ZoneOffset.UTC)).bind("by", madeBy).bind("t", trigger)
                .bind("d", digest).bind("c", gzip(json(s))).map(SnapshotStore::stored).one();
    }

    Optional<Stored> latest(Handle h) {
        return h.createQuery("SELECT id, made_at, made_by, trigger, digest FROM publication ORDER BY id DESC LIMIT 1")
                .map(SnapshotStore::stored).findOne();
    }

    Optional<Stored> latest() {
        return jdbi.withHandle(this::latest);
    }

    /** The snapshot a row holds. */
    Optional<Snapshot> content(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content FROM publication WHERE id = :id").bind("id", id)
                .mapTo(byte[].class).findOne()).map(bytes -> read(gunzip(bytes)));
    }

    /** The snapshots kept, newest first. */
    List<Stored> list(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, made_at, made_by, trigger, digest FROM publication ORDER BY id DESC LIMIT :n")
                .bind("n", limit).map(SnapshotStore::stored).list());
    }

    /**
     * Recommendations and commitments with what the public may read of them: their text and source, the
     * institutions that answer for them, the validated changes of status with their public summaries, and
     * the resolution paragraph of a commitment; only those addressed to {@code state}, the State Vigie follows
     * (or to no State named, as lists imported before V085). Nothing of the observatory.
     */
    List<PublicRecommendation> recommendations(Handle h, String state) {
        Map<Long, List<Institution>> institutions = new LinkedHashMap<>();
        h.createQuery("SELECT a.recommendation_id, i.code, i.name_fr, i.name_en FROM recommendation_assignment a "
                        + "JOIN institution i ON i.id = a.institution_id ORDER BY a.recommendation_id, i.code")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new Institution(rs.getString(2), rs.getString(3), rs.getString(4))))
                .forEach(e -> institutions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<StatusChange>> history = new LinkedHashMap<>();
        h.createQuery("SELECT p.recommendation_id, p.decided_at, p.proposed_status, i.code, p.public_summary FROM progress_report p "
                        + "JOIN institution i ON i.id = p.institution_id WHERE p.state = 'validated' "
                        + "ORDER BY p.recommendation_id, p.decided_at, p.id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new StatusChange(
                        rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate(),
                        rs.getString(3), rs.getString(4), rs.getString(5) == null ? "" : rs.getString(5))))
                .forEach(e -> history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return h.createQuery("SELECT r.id, r.reference, r.mechanism, r.cycle, r.document_symbol, r.paragraph, r.recommending_states, "
                        + "r.position, r.themes, r.text, r.language, r.status, r.dropped_in IS NOT NULL AS dropped, "
                        + "t.symbol AS text_symbol, t.title AS text_title FROM recommendation r "
                        + "LEFT JOIN text_document t ON t.id = r.source_text_id "
                        + "WHERE r.state IS NULL OR r.state = :state ORDER BY r.reference, r.id")
                .bind("state", state)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    ResolutionParagraph from = rs.getString("text_title") == null ? null
                            : new ResolutionParagraph(rs.getString("text_symbol"), rs.getString("text_title"), rs.getString("paragraph"));
                    Integer cycle = rs.getObject("cycle") == null ? null : rs.getInt("cycle");
                    return new PublicRecommendation(id, rs.getString("reference"), rs.getString("mechanism"), cycle,
                            rs.getString("document_symbol"), rs.getString("paragraph"), strings(rs.getArray("recommending_states")),
                            rs.getString("position"), strings(rs.getArray("themes")), rs.getString("text"), rs.getString("language"),
                            rs.getBoolean("dropped") ? "dropped" : rs.getString("status"),
                            institutions.getOrDefault(id, List.of()), history.getOrDefault(id, List.of()), from);
                }).list();
    }

    private static List<String> strings(java.sql.Array a) throws java.sql.SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static Stored stored(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new Stored(rs.getLong("id"), rs.getObject("made_at", OffsetDateTime.class).toInstant(), rs.getString("made_by"),
                rs.getString("trigger"), rs.getString("digest"));
    }

    /** The snapshot as the JSON download and the stored content give it. */
    static byte[] json(Snapshot s) {
        try {
            return JSON.writeValueAsBytes(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Snapshot read(byte[] json) {
        try {
            return JSON.readValue(json, Snapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored snapshot cannot be read", e);
        }
    }

    /** The SHA-256 of the content, its time left out. */
    static String digest(Snapshot s) {
        return sha256(json(s.at(Instant.EPOCH)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return z.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a stored snapshot is damaged", e);
        }
    }

}

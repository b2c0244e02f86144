package org.vigie.texts.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigie.texts.Language;
import org.vigie.texts.Resolution;

/** SQL for imported texts. */
final class TextStore {
    private static final String SUMMARY = "id, file_name, title, symbol, language, draft, preambular, operative, "
            + "imported_by, imported_at, demo, previous_id";
    private final Jdbi jdbi;

    TextStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(Handle h, String fileName, String sha256, String content, byte[] original, Resolution r, String actor, boolean demo,
                Long previous) {
        return h.createUpdate("INSERT INTO text_document (file_name, sha256, content_sha256, original, title, symbol, language, draft, "
                        + "preambular, operative, imported_by, demo, previous_id) "
                        + "VALUES (:f, :sha, :content, :o, :t, :s, :l, :d, :pp, :op, :by, :demo, :prev)")
                .bind("prev", previous).bind("content", content)
                .bind("f", fileName).bind("sha", sha256).bind("o", original).bind("t", r.title())
                .bind("s", r.symbol() == null ? null : r.symbol().value())
                .bind("l", r.language().name().toLowerCase(Locale.ROOT)).bind("d", r.isDraft())
                .bind("pp", r.preamble().size()).bind("op", r.operative().size()).bind("by", actor).bind("demo", demo)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    Optional<Long> idOf(Handle h, String sha256) {
        return h.createQuery("SELECT id FROM text_document WHERE sha256 = :s").bind("s", sha256).mapTo(Long.class).findOne();
    }

    /** The oldest stored text saying the same as a text of this {@link TextFingerprint}, whatever its file. */
    Optional<Long> idOfContent(Handle h, String content) {
        return h.createQuery("SELECT id FROM text_document WHERE content_sha256 = :c ORDER BY id LIMIT 1")
                .bind("c", content).mapTo(Long.class).findOne();
    }

    /** The texts stored before fingerprints were kept (V097), with their originals' names. */
    java.util.Map<Long, String> unfingerprinted(Handle h) {
        java.util.Map<Long, String> files = new java.util.LinkedHashMap<>();
        h.createQuery("SELECT id, file_name FROM text_document WHERE content_sha256 IS NULL ORDER BY id")
                .map((rs, ctx) -> java.util.Map.entry(rs.getLong("id"), rs.getString("file_name")))
                .forEach(e -> files.put(e.getKey(), e.getValue()));
        return files;
    }

    void fingerprint(Handle h, long id, String content) {
        h.createUpdate("UPDATE text_document SET content_sha256 = :c WHERE id = :id").bind("c", content).bind("id", id).execute();
    }

    List<TextSummary> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUMMARY + " FROM text_document ORDER BY imported_at DESC, id DESC")
                .map(TextStore::summary).list());
    }

    Optional<TextSummary> summary(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUMMARY + " FROM text_document WHERE id = :id")
                .bind("id", id).map(TextStore::summary).findOne());
    }

    List<TextSummary> nextVersions(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUMMARY + " FROM text_document WHERE previous_id = :id ORDER BY id")
                .bind("id", id).map(TextStore::summary).list());
    }

    Optional<byte[]> original(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT original FROM text_document WHERE id = :id")
                .bind("id", id).mapTo(byte[].class).findOne());
    }

    private static TextSummary summary(ResultSet rs, StatementContext ctx) throws SQLException {
        return new TextSummary(rs.getLong("id"), rs.getString("file_name"), rs.getString("title"), rs.getString("symbol"),
                Language.valueOf(rs.getString("language").toUpperCase(Locale.ROOT)), rs.getBoolean("draft"),
                rs.getInt("preambular"), rs.getInt("operative"), rs.getString("imported_by"),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getBoolean("demo"),
                (Long) rs.getObject("previous_id"));
    }
}

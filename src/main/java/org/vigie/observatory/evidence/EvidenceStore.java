package org.vigie.observatory.evidence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.observatory.incidents.IncidentStore;

/** SQL for evidence files; the content arrives and leaves encrypted. */
final class EvidenceStore {
    private static final String COLUMNS = "id, incident_id, file_name, content_type, size_bytes, sha256, description, added_by, added_at";
    private final Jdbi jdbi;

    EvidenceStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long nextId(Handle h) {
        return h.createQuery("SELECT nextval('incident_evidence_id_seq')").mapTo(Long.class).one();
    }

    void insert(Handle h, EvidenceFile f, byte[] encrypted) {
        h.createUpdate("INSERT INTO incident_evidence (id, incident_id, file_name, content_type, size_bytes, sha256, content, "
                        + "description, added_by) VALUES (:id, :incident, :name, :type, :size, :sha, :content, :description, :by)")
                .bind("id", f.id()).bind("incident", f.incidentId()).bind("name", f.fileName()).bind("type", f.contentType())
                .bind("size", f.sizeBytes()).bind("sha", f.sha256()).bind("content", encrypted).bind("description", f.description())
                .bind("by", f.addedBy()).execute();
    }

    List<EvidenceFile> of(long incidentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM incident_evidence WHERE incident_id = :i ORDER BY id")
                .bind("i", incidentId).map(EvidenceStore::row).list());
    }

    Optional<EvidenceFile> find(Handle h, long incidentId, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM incident_evidence WHERE incident_id = :i AND id = :id")
                .bind("i", incidentId).bind("id", id).map(EvidenceStore::row).findOne();
    }

    byte[] content(Handle h, long id) {
        return h.createQuery("SELECT content FROM incident_evidence WHERE id = :id").bind("id", id).mapTo(byte[].class).one();
    }

    private static EvidenceFile row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("description"), rs.getString("added_by"),
                IncidentStore.instant(rs, "added_at"));
    }
}

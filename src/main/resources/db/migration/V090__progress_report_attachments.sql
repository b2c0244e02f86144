-- Attachments of progress reports (issue 15): the evidence a focal point gives of its work (PDF, photos,
-- office files), checked and encrypted as an incident's evidence is, with its digest.
CREATE TABLE progress_report_attachment (
    id                  BIGSERIAL PRIMARY KEY,
    report_id           BIGINT NOT NULL REFERENCES progress_report(id) ON DELETE CASCADE,
    file_name           TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type        TEXT NOT NULL,
    size_bytes          BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256              TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content             BYTEA NOT NULL,
    added_by            TEXT NOT NULL,
    added_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX progress_report_attachment_report ON progress_report_attachment (report_id);

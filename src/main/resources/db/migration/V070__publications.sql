-- The public portal's snapshots (issue 14): what the public may see, computed by the publish step from
-- verified data and kept whole, so that the portal never reads an incident, a victim or a registry.
-- Owner: org.vigie.reports.portal (SnapshotStore).
--
-- content: the snapshot as JSON (docs/portal.md), gzip-compressed; it holds only published figures (each
-- count already under disclosure control: a number, "<5" or "x") and public facts about recommendations.
-- digest: SHA-256 of the uncompressed JSON without its time, so that a publication whose content has not
-- changed since the last one is not stored again (the schedule runs hourly).
-- made_by: the account that asked (an analyst verifying, `vigie publish` as "cli"), or "schedule".
CREATE TABLE publication (
    id          BIGSERIAL PRIMARY KEY,
    made_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    made_by     TEXT NOT NULL,
    trigger     TEXT NOT NULL CHECK (trigger IN ('schedule', 'verification', 'manual')),
    digest      TEXT NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
    content     BYTEA NOT NULL
);
CREATE INDEX publication_latest ON publication (id DESC);
COMMENT ON TABLE publication IS 'published snapshots of the public portal (V070); the portal reads only these';

-- A validated progress report's public summary (issue 14): what the portal shows of the report, written by its
-- author for the public. The report's text itself may name people and is never published.
ALTER TABLE progress_report ADD COLUMN public_summary TEXT CHECK (length(public_summary) BETWEEN 1 AND 2000);

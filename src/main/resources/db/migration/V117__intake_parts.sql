-- A record ODK Collect splits across several POSTs (each carrying the same submission manifest, the files it
-- names spread over them, the last ones flagged *isIncomplete*) is kept part by part until the set is complete,
-- then decrypted and stored as a single POST is. Owner: org.vigie.intake.
--
-- One row per encrypted file received, keyed by the device, the instanceID and the SHA-256 of the manifest as
-- sent (a record encrypted again carries another key, so another manifest: another set). The file stays
-- encrypted as the phone sent it, and is encrypted again by the field keyset bound to its row
-- (intake_part.content:ID). Parts older than 7 days are deleted; a device may park a bounded number of bytes.
CREATE TABLE intake_part (
    id               BIGSERIAL PRIMARY KEY,
    device_id        BIGINT NOT NULL REFERENCES field_device(id),
    instance_id      TEXT NOT NULL CHECK (instance_id ~ '^uuid:[A-Za-z0-9-]{1,64}$'),
    manifest_sha256  TEXT NOT NULL CHECK (manifest_sha256 ~ '^[0-9a-f]{64}$'),
    file_name        TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    size             BIGINT NOT NULL CHECK (size >= 0),
    content_sha256   TEXT NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    content          BYTEA NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (device_id, instance_id, manifest_sha256, file_name)
);
CREATE INDEX intake_part_received ON intake_part (received_at);

-- The manifest a stored submission came with: the same manifest again (a final POST re-sent, or a whole split
-- send again after a lost answer) is answered as a duplicate before anything is parked. Null before V117.
ALTER TABLE intake_submission ADD COLUMN manifest_sha256 TEXT CHECK (manifest_sha256 ~ '^[0-9a-f]{64}$');
CREATE INDEX intake_submission_manifest ON intake_submission (instance_id, manifest_sha256) WHERE manifest_sha256 IS NOT NULL;

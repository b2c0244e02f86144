-- Issue 18, item 6: every node of one database must hold the same keys. Owner: org.vigie.crypto.

-- One fingerprint per key the nodes hold (field keyset, CSRF key, audit MAC key, signing keys): an
-- HMAC-SHA-256 of a fixed label under the secret key, or the SHA-256 of a signing key's public keyset.
-- Neither tells anything of the key. The first node to start records them; a node whose keys differ
-- refuses to start. Not data: backups leave it out (the "derived:" comment) and a restore clears it.
CREATE TABLE key_fingerprint (
    name         TEXT PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9-]{0,40}$'),
    fingerprint  TEXT NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    recorded_by  TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 200),
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE key_fingerprint IS 'derived: fingerprints of the keys the nodes hold, recorded again after a restore (V110)';

-- Issue 17: Vigie as the monitors' ODK server. Owner: org.vigie.intake.

-- A phone enrolled for one account. The token (256 random bits, in the server URL Collect is given) is
-- kept only as its SHA-256: a copy of the database does not let anyone submit as the phone.
CREATE TABLE field_device (
    id            BIGSERIAL PRIMARY KEY,
    account_id    BIGINT NOT NULL REFERENCES account(id),
    label         TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    token_hash    BYTEA NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at    TIMESTAMPTZ,
    revoked_by    TEXT,
    last_used_at  TIMESTAMPTZ
);
CREATE INDEX field_device_account ON field_device (account_id);

-- The RSA key pairs of encrypted forms. The private key (PKCS#8) is encrypted by the field keyset, bound
-- to its row (intake_key.private_key:ID), so that vigie keys rotate re-encrypts it with the other columns.
-- A retired key still decrypts the submissions of its form version for 30 days, then is deleted.
CREATE TABLE intake_key (
    id           BIGSERIAL PRIMARY KEY,
    public_key   BYTEA NOT NULL,
    private_key  BYTEA NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    retired_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX intake_key_current ON intake_key ((retired_at IS NULL)) WHERE retired_at IS NULL;

-- Each submission received, by its instanceID: the same content again is not stored twice; other content
-- under the same instanceID is a new version, stored as its own reported incident for an analyst to reconcile.
CREATE TABLE intake_submission (
    id              BIGSERIAL PRIMARY KEY,
    device_id       BIGINT NOT NULL REFERENCES field_device(id),
    instance_id     TEXT NOT NULL CHECK (instance_id ~ '^uuid:[A-Za-z0-9-]{1,64}$'),
    version         INTEGER NOT NULL CHECK (version >= 1),
    content_sha256  TEXT NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    form_version    TEXT NOT NULL,
    incident_id     BIGINT NOT NULL REFERENCES incident(id),
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (instance_id, version),
    UNIQUE (instance_id, content_sha256)
);

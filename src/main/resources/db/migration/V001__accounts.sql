-- Accounts, their sessions, login attempts and personal API tokens. Owner: org.vigie.accounts.

-- The directory of institutions that focal points and validators act for (the tracker assigns
-- recommendations to them).
CREATE TABLE institution (
    id          BIGSERIAL PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$'),
    name_fr     TEXT NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 300),
    name_en     TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE account (
    id              BIGSERIAL PRIMARY KEY,
    username        TEXT NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name    TEXT NOT NULL DEFAULT '' CHECK (length(display_name) <= 200),
    role            TEXT NOT NULL CHECK (role IN ('administrator','analyst','monitor','focal_point','validator','observer')),
    institution_id  BIGINT REFERENCES institution(id),
    password_hash   TEXT NOT NULL,
    -- TOTP secret, encrypted with the field key (Tink AES-GCM); NULL when two-factor login is off.
    totp_secret     BYTEA,
    language        TEXT CHECK (language IN ('fr','en')),
    disabled        BOOLEAN NOT NULL DEFAULT FALSE,
    demo            BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT institution_roles CHECK (
        (role IN ('focal_point','validator')) = (institution_id IS NOT NULL))
);
CREATE UNIQUE INDEX account_username ON account (lower(username));

-- A browser session. Only the SHA-256 of the cookie value is stored, so a copy of the database
-- does not let anyone take over a session.
CREATE TABLE session (
    token_hash      BYTEA PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    second_factor_pending BOOLEAN NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    ip              TEXT NOT NULL
);
CREATE INDEX session_account ON session (account_id);

CREATE TABLE login_attempt (
    id          BIGSERIAL PRIMARY KEY,
    username    TEXT NOT NULL,
    ip          TEXT NOT NULL,
    succeeded   BOOLEAN NOT NULL,
    at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_username ON login_attempt (lower(username), at);
CREATE INDEX login_attempt_ip ON login_attempt (ip, at);

-- Personal API tokens: only a SHA-256 of the token is kept; the prefix lets the owner recognise it.
CREATE TABLE api_token (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    prefix      TEXT NOT NULL,
    token_hash  BYTEA NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX api_token_account ON api_token (account_id);

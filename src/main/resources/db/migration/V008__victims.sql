-- Victims of incidents: the facts that are counted (sex, age, age group, categories, the acts suffered)
-- in clear, and what identifies them only encrypted (docs/security.md). Owner: org.vigie.observatory.
--
-- identity is the Tink AES-256-GCM ciphertext of the victim's names, contacts and documents, bound by
-- associated data to 'victim.identity:<id>' so that a ciphertext copied to another row does not
-- decrypt; the key is never in the database. The pseudonym (V-7K3Q9M) is random, not derived from the
-- identity: it is what observers, exports and search see.
CREATE TABLE victim (
    id                  BIGSERIAL PRIMARY KEY,
    incident_id         BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    pseudonym           TEXT NOT NULL UNIQUE CHECK (pseudonym ~ '^V-[0-9A-Z]{6}$'),
    sex                 TEXT NOT NULL CHECK (sex IN ('female', 'male', 'unknown')),
    age                 INTEGER CHECK (age BETWEEN 0 AND 150),
    age_group           TEXT NOT NULL,
    categories          TEXT[] NOT NULL DEFAULT '{}',
    identity            BYTEA,
    -- What the victim (or who spoke for them) agreed to; uses are ConsentUse codes. given_by is a
    -- relationship, never a name, so that it identifies no one.
    consent_uses        TEXT[] NOT NULL DEFAULT '{}',
    consent_given_on    DATE,
    consent_given_by    TEXT CHECK (consent_given_by IN ('victim', 'parent', 'guardian', 'representative')),
    created_by          TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX victim_incident ON victim (incident_id, id);

-- The acts of its incident a victim suffered.
CREATE TABLE victim_act (
    victim_id           BIGINT NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    act_id              BIGINT NOT NULL REFERENCES incident_act(id) ON DELETE CASCADE,
    PRIMARY KEY (victim_id, act_id)
);
CREATE INDEX victim_act_act ON victim_act (act_id);

-- Photos of a victim identify them: encrypted like the identity ('victim_photo.content:<id>'), their
-- type checked from their first bytes and their size limited before they are stored.
CREATE TABLE victim_photo (
    id                  BIGSERIAL PRIMARY KEY,
    victim_id           BIGINT NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    content_type        TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes          INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    content             BYTEA NOT NULL,
    added_by            TEXT NOT NULL,
    added_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX victim_photo_victim ON victim_photo (victim_id, id);

-- Victims after they are recorded: their consent changed or withdrawn, and their erasure
-- (docs/security.md, "Erasure and consent"). Owner: org.vigie.observatory.
--
-- Every consent a victim gave, narrowed, widened or withdrew, newest last: what uses it allows, when and by
-- whom (a relationship, never a name) the victim expressed it, which account recorded it and when, and
-- whether the identity was erased because consent to documentation was withdrawn. victim.consent_* keeps
-- the consent in force, so that every check reads one row.
CREATE TABLE victim_consent_change (
    id                  BIGSERIAL PRIMARY KEY,
    victim_id           BIGINT NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    uses                TEXT[] NOT NULL,
    expressed_on        DATE,
    expressed_by        TEXT CHECK (expressed_by IN ('victim', 'parent', 'guardian', 'representative')),
    identity_erased     BOOLEAN NOT NULL DEFAULT false,
    recorded_by         TEXT NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX victim_consent_change_victim ON victim_consent_change (victim_id, id);

-- The consent of victims recorded before this history existed is their first entry.
INSERT INTO victim_consent_change (victim_id, uses, expressed_on, expressed_by, recorded_by, recorded_at)
SELECT id, consent_uses, consent_given_on, consent_given_by, created_by, created_at FROM victim;

-- The pseudonyms of deleted victims: a pseudonym names one victim for ever, so one quoted in a report or an
-- export before the deletion never comes to name another. Nothing else of the victim is kept.
CREATE TABLE victim_pseudonym_retired (
    pseudonym           TEXT PRIMARY KEY,
    retired_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

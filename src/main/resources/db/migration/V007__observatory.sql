-- The observatory: incidents (who did what, where and when), their acts, alleged perpetrators,
-- sources, evidence files and links between incidents. Victims and their protected identities are
-- in V008. Owner: org.vigie.observatory.
--
-- Places are stored with the edition of the code list they come from (OCHA's 2015 list today), and
-- the region and cercle of the most precise code are kept beside it, so that counts by region and
-- cercle are index scans, not string functions.
CREATE TABLE incident (
    id                  BIGSERIAL PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    date_start          DATE NOT NULL,
    date_end            DATE NOT NULL CHECK (date_end >= date_start),
    date_precision      TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
    gazetteer_edition   TEXT NOT NULL,
    pcode               TEXT NOT NULL,
    adm1_pcode          TEXT NOT NULL,
    adm2_pcode          TEXT,
    adm3_pcode          TEXT,
    locality            TEXT CHECK (length(locality) <= 200),
    latitude            DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude           DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    title               TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description_fr      TEXT CHECK (length(description_fr) <= 20000),
    description_en      TEXT CHECK (length(description_en) <= 20000),
    verification_status TEXT NOT NULL DEFAULT 'reported'
                        CHECK (verification_status IN ('reported', 'pending_verification', 'verified', 'dismissed')),
    verified_by         TEXT,
    verified_at         TIMESTAMPTZ,
    -- Set when an act is sexual or gender-based violence: the record is then shown only in the
    -- restricted view (docs/security.md).
    restricted          BOOLEAN NOT NULL DEFAULT false,
    origin              TEXT NOT NULL DEFAULT 'form' CHECK (origin IN ('form', 'acled', 'odk', 'demo')),
    external_id         TEXT,
    created_by          TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (origin, external_id)
);
CREATE INDEX incident_date ON incident (date_start, id);
CREATE INDEX incident_place ON incident (adm1_pcode, adm2_pcode, date_start);
CREATE INDEX incident_status ON incident (verification_status, date_start);

-- One act of an incident, of a type from the controlled vocabulary (a HURIDOCS "Types of acts" term
-- or a Vigie extension term, by its code). victim_count counts victims not recorded one by one (an
-- ACLED event's fatalities), never those recorded in V008's victim table.
CREATE TABLE incident_act (
    id                  BIGSERIAL PRIMARY KEY,
    incident_id         BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    act_type            TEXT NOT NULL,
    unrecorded_victims  INTEGER NOT NULL DEFAULT 0 CHECK (unrecorded_victims >= 0),
    position            INTEGER NOT NULL
);
CREATE INDEX incident_act_incident ON incident_act (incident_id);
CREATE INDEX incident_act_type ON incident_act (act_type, incident_id);

-- An alleged perpetrator of an act: a category (org.vigie.observatory.PerpetratorCategory), an
-- optional named group or unit, and the degree of involvement.
CREATE TABLE act_perpetrator (
    id                  BIGSERIAL PRIMARY KEY,
    act_id              BIGINT NOT NULL REFERENCES incident_act(id) ON DELETE CASCADE,
    category            TEXT NOT NULL,
    group_name          TEXT CHECK (length(group_name) <= 200),
    involvement         TEXT NOT NULL
);
CREATE INDEX act_perpetrator_act ON act_perpetrator (act_id);
CREATE INDEX act_perpetrator_category ON act_perpetrator (category);

-- Who reported an incident, when, how and how reliable. A source's identity, when it is a person, is
-- protected like a victim's: only a non-identifying description is kept here.
CREATE TABLE incident_source (
    id                  BIGSERIAL PRIMARY KEY,
    incident_id         BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL,
    description         TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    reported_on         DATE,
    reliability         TEXT NOT NULL,
    added_by            TEXT NOT NULL,
    added_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX incident_source_incident ON incident_source (incident_id);

-- Evidence files (photos, documents, recordings), encrypted like identities, with their digest.
CREATE TABLE incident_evidence (
    id                  BIGSERIAL PRIMARY KEY,
    incident_id         BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    file_name           TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type        TEXT NOT NULL,
    size_bytes          BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256              TEXT NOT NULL,
    content             BYTEA NOT NULL,
    description         TEXT CHECK (length(description) <= 2000),
    added_by            TEXT NOT NULL,
    added_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX incident_evidence_incident ON incident_evidence (incident_id);

-- Links between incidents: a duplicate (merged into the other), the same event reported twice, or
-- related events. A pair examined as a possible duplicate and found distinct is kept so that it is
-- not flagged again.
CREATE TABLE incident_link (
    from_id             BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    to_id               BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL CHECK (kind IN ('duplicate_of', 'same_event_as', 'related_to', 'not_duplicate')),
    created_by          TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (from_id, to_id, kind),
    CHECK (from_id <> to_id)
);
CREATE INDEX incident_link_to ON incident_link (to_id);

-- Words of an incident for the list's word filter: lower case, accents folded (so that "segou" finds
-- "Ségou"), split on spaces and punctuation. The search index serves full-text search across Vigie;
-- this serves the filtered list at a million rows, in the same query as the other filters.
ALTER TABLE incident ADD COLUMN words tsvector GENERATED ALWAYS AS (to_tsvector('simple', translate(lower(
    title || ' ' || coalesce(description_fr, '') || ' ' || coalesce(description_en, '') || ' ' || coalesce(locality, '')),
    'àáâãäåçèéêëìíîïñòóôõöùúûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa'))) STORED;
CREATE INDEX incident_words ON incident USING gin (words);
-- The list's order (newest first) and its keyset pages; filters by commune.
CREATE INDEX incident_newest ON incident (date_start DESC, id DESC);
CREATE INDEX incident_commune ON incident (adm3_pcode, date_start);
CREATE INDEX incident_cercle ON incident (adm2_pcode, date_start);
CREATE INDEX act_perpetrator_category_act ON act_perpetrator (category, act_id);

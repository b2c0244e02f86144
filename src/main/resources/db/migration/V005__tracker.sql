-- Recommendations and commitments followed by the tracker. Owner: org.vigie.tracker.
-- One row per recommendation, named by its stable reference (document symbol and paragraph, or a
-- digest of its text), so that importing the same list again changes nothing.
CREATE TABLE recommendation (
    id                  BIGSERIAL PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    mechanism           TEXT NOT NULL CHECK (mechanism IN ('upr', 'independent_expert', 'treaty_body',
                            'special_procedure', 'resolution_commitment')),
    text                TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
    language            TEXT NOT NULL,
    cycle               INTEGER,
    session             TEXT,
    document_symbol     TEXT,
    paragraph           TEXT,
    recommending_states TEXT[] NOT NULL DEFAULT '{}',
    position            TEXT NOT NULL CHECK (position IN ('supported', 'supported_in_part', 'noted', 'pending')),
    themes              TEXT[] NOT NULL DEFAULT '{}',
    affected_persons    TEXT[] NOT NULL DEFAULT '{}',
    sdgs                TEXT[] NOT NULL DEFAULT '{}',
    position_source     TEXT,
    publication_date    DATE,
    -- For a commitment found in a resolution: the text it comes from, and to whom it is addressed.
    source_text_id      BIGINT REFERENCES text_document(id),
    addressee           TEXT,
    deadline            TEXT,
    status              TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress',
                            'partially_implemented', 'implemented', 'not_implemented')),
    imported_by         TEXT NOT NULL,
    imported_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_mechanism ON recommendation (mechanism);
CREATE INDEX recommendation_themes ON recommendation USING gin (themes);
CREATE INDEX recommendation_source_text ON recommendation (source_text_id);

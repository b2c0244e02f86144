-- Tracker, second part. Owner: org.vigie.tracker.
-- 1. The filtered list stays fast at a few hundred thousand recommendations.
-- The list's order (document, then paragraph as numbers: 140.7 before 140.10), kept in a column so that
-- an index can give it; the index carries the equality filters too, so a page's ids are found
-- without reading the (wide) rows.
ALTER TABLE recommendation ADD COLUMN paragraph_key INTEGER[] GENERATED ALWAYS AS
    (string_to_array(regexp_replace(coalesce(paragraph, '0'), '[^0-9.]', '', 'g'), '.')::int[]) STORED;
CREATE INDEX recommendation_order ON recommendation (document_symbol, paragraph_key, id)
    INCLUDE (mechanism, status, cycle, position);
-- The same equality filters reached by id, for conditions that start from another table (an institution's
-- assignments): index-only, no wide row read.
CREATE INDEX recommendation_filters_by_id ON recommendation (id) INCLUDE (mechanism, status, cycle, position);
CREATE INDEX recommendation_status ON recommendation (status);
CREATE INDEX recommendation_cycle ON recommendation (cycle);
CREATE INDEX recommendation_position ON recommendation (position);
CREATE INDEX recommendation_states ON recommendation USING gin (recommending_states);
-- SDGs are stored as OHCHR lists them (16, 16.3, 5.a); the filter asks for a goal.
CREATE FUNCTION tracker_sdg_goals(codes TEXT[]) RETURNS INTEGER[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ARRAY(SELECT DISTINCT split_part(c, '.', 1)::int FROM unnest(codes) AS c) $$;
CREATE INDEX recommendation_sdg_goals ON recommendation USING gin (tracker_sdg_goals(sdgs));
-- Words of the text (ILIKE '%...%'): trigrams. pg_trgm is a trusted extension (PostgreSQL 13+),
-- so the database's owner may create it on an external server too.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX recommendation_words ON recommendation USING gin (text gin_trgm_ops);

-- 2. Actions: the measures planned for a recommendation, each owned by an institution.
CREATE TABLE tracker_action (
    id                  BIGSERIAL PRIMARY KEY,
    recommendation_id   BIGINT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    title               TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 2000),
    institution_id      BIGINT NOT NULL REFERENCES institution(id),
    responsible         TEXT CHECK (length(responsible) <= 200),
    starts_on           DATE,
    due_on              DATE,
    state               TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'ongoing', 'done', 'cancelled')),
    updated_by          TEXT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (starts_on IS NULL OR due_on IS NULL OR due_on >= starts_on)
);
CREATE INDEX tracker_action_recommendation ON tracker_action (recommendation_id);
CREATE INDEX tracker_action_open_due ON tracker_action (due_on) WHERE state IN ('planned', 'ongoing');

-- 3. Indicators: how progress on a recommendation is measured, and the values measured over time.
CREATE TABLE tracker_indicator (
    id                  BIGSERIAL PRIMARY KEY,
    recommendation_id   BIGINT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
    unit                TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 100),
    baseline_value      NUMERIC,
    baseline_on         DATE,
    target_value        NUMERIC,
    target_on           DATE,
    frequency           TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'yearly')),
    updated_by          TEXT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX tracker_indicator_recommendation ON tracker_indicator (recommendation_id);

CREATE TABLE tracker_indicator_value (
    id                  BIGSERIAL PRIMARY KEY,
    indicator_id        BIGINT NOT NULL REFERENCES tracker_indicator(id) ON DELETE CASCADE,
    measured_on         DATE NOT NULL,
    value               NUMERIC NOT NULL,
    source              TEXT CHECK (length(source) <= 2000),
    recorded_by         TEXT NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (indicator_id, measured_on)
);

-- 4. Reporting deadlines. Dates are indicative when installed; administrators correct them.
CREATE TABLE tracker_deadline (
    id                  BIGSERIAL PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    title_fr            TEXT NOT NULL,
    title_en            TEXT NOT NULL,
    due_on              DATE NOT NULL,
    updated_by          TEXT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO tracker_deadline (code, title_fr, title_en, due_on, updated_by) VALUES
    ('hrc64', 'Rapport au Conseil des droits de l’homme, 64e session (dialogue avec l’Expert indépendant, OP26-27)',
        'Report to the Human Rights Council, 64th session (dialogue with the Independent Expert, OP26-27)', '2027-02-22', 'migration'),
    ('upr-midterm', 'Rapport national à mi-parcours de l’Examen périodique universel (4e cycle)',
        'Mid-term national report of the Universal Periodic Review (4th cycle)', '2026-12-31', 'migration'),
    ('upr-review-2028', 'Prochain Examen périodique universel du Mali (5e cycle)',
        'Next Universal Periodic Review of Mali (5th cycle)', '2028-01-31', 'migration');

-- 5. Where each person's reminder digest is sent (accounts hold no e-mail address of their own).
CREATE TABLE tracker_reminder_address (
    account_id          BIGINT PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    address             TEXT NOT NULL CHECK (address ~ '^[^@\s<>]+@[^@\s<>]+$' AND length(address) <= 254),
    updated_by          TEXT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- 6. The French and English versions of one recommendation kept together: importing the list of the
-- other language (same document symbol and paragraph, so the same reference) fills the other column.
ALTER TABLE recommendation
    ADD COLUMN text_fr TEXT CHECK (length(text_fr) BETWEEN 1 AND 20000),
    ADD COLUMN text_en TEXT CHECK (length(text_en) BETWEEN 1 AND 20000);
UPDATE recommendation SET text_fr = text WHERE language = 'fr';
UPDATE recommendation SET text_en = text WHERE language = 'en';

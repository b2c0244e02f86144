-- Tracker, second part. Owner: org.vigie.tracker.
-- 1. The filtered list stays fast at a few hundred thousand recommendations.
-- The list's order (document, then paragraph as numbers: 140.7 before 140.10), kept in a column so that
-- an index can give it; the index carries the equality filters too, so a page's ids are found
-- without reading the (wide) rows.
ALTER TABLE recommendation ADD COLUMN paragraph_key INTEGER[] GENERATED ALWAYS AS
    (string_to_array(regexp_replace(coalesce(paragraph, '0'), '[^0-9.]', '', 'g'), '.')::int[]) STORED;
CREATE INDEX recommendation_order ON recommendation (document_symbol, paragraph_key, id)
    INCLUDE (mechanism, status, cycle, position);
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

-- Resolutions and drafts as imported. Owner: org.vigie.texts.
-- The original file is the source of truth; the parse is made again from it when needed, so that
-- a better reader improves every stored text. The columns beside it serve lists and filters.
CREATE TABLE text_document (
    id              BIGSERIAL PRIMARY KEY,
    file_name       TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    sha256          TEXT NOT NULL UNIQUE,
    original        BYTEA NOT NULL,
    title           TEXT NOT NULL,
    symbol          TEXT,
    language        TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    draft           BOOLEAN NOT NULL,
    preambular      INTEGER NOT NULL,
    operative       INTEGER NOT NULL,
    imported_by     TEXT NOT NULL,
    imported_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    demo            BOOLEAN NOT NULL DEFAULT FALSE,
    -- The version this text follows (last year's resolution, the previous draft), if any.
    previous_id     BIGINT REFERENCES text_document(id),
    CHECK (previous_id IS NULL OR previous_id <> id)
);
CREATE INDEX text_document_previous ON text_document (previous_id);
CREATE INDEX text_document_symbol ON text_document (symbol);

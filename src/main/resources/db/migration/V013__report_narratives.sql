-- The narrative an analyst writes for each section of a Council report, per report scope and language.
-- scope_key names the period, the place and the theme (ReportRequest.scopeKey(), e.g. 2025-01-01_2025-12-31_ML05_all).
CREATE TABLE report_narrative (
    scope_key  TEXT NOT NULL CHECK (length(scope_key) BETWEEN 1 AND 300),
    section    TEXT NOT NULL CHECK (section IN ('introduction', 'violations', 'children', 'schools', 'accountability',
                   'reparations', 'humanitarian_access', 'recommendations')),
    lang       TEXT NOT NULL CHECK (lang IN ('fr', 'en')),
    text       TEXT NOT NULL CHECK (length(text) <= 20000),
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope_key, section, lang)
);

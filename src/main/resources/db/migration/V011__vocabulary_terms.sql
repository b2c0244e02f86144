-- Vocabulary terms added by administrators. Owner: org.vigie.observatory.
-- HURIDOCS' micro-thesauri and Vigie's shipped extension terms come from resource files; the terms an
-- administrator adds live here and extend that vocabulary when Vigie starts. A term's code is what
-- incident_act.act_type stores: a term in use is never deleted (checked by the application, which also
-- checks that the parent exists in the same list, since the parent may be a HURIDOCS term kept in files).
CREATE TABLE vocabulary_term (
    code                    TEXT PRIMARY KEY CHECK (code ~ '^VG-[A-Z0-9]+(-[A-Z0-9]+)*$' AND length(code) <= 64),
    list_code               INTEGER NOT NULL CHECK (list_code IN (4, 100)),
    parent_code             TEXT,
    english                 TEXT NOT NULL CHECK (length(english) BETWEEN 1 AND 300),
    french                  TEXT NOT NULL CHECK (length(french) BETWEEN 1 AND 300),
    -- GraveViolation names and ACLED sub-event type labels, as in vigie-extensions.csv.
    grave_violations        TEXT[] NOT NULL DEFAULT '{}',
    acled_sub_event_types   TEXT[] NOT NULL DEFAULT '{}',
    created_by              TEXT NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Reserved for retiring a term in use (no longer offered, still readable); not set by Vigie yet.
    retired_at              TIMESTAMPTZ
);

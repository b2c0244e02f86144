-- The registries the resolution asks for: schools closed by insecurity (OP3), judicial proceedings
-- (OP4, OP13, OP15) and reparation claims (OP16). Owner: org.vigie.registries.
-- Codes are checked here as well as in the model, so that a row written by hand cannot hold a value
-- the interface cannot show.

CREATE TABLE school (
    id              BIGSERIAL PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    -- A cercle or commune P-code of the OCHA 2015 edition; region and cercle follow from it.
    pcode           TEXT NOT NULL CHECK (pcode ~ '^ML[0-9]{4}([0-9]{2})?$'),
    region          TEXT GENERATED ALWAYS AS (substring(pcode FROM 1 FOR 4)) STORED,
    cercle          TEXT GENERATED ALWAYS AS (substring(pcode FROM 1 FOR 6)) STORED,
    locality        TEXT CHECK (length(locality) <= 300),
    level           TEXT NOT NULL CHECK (level IN ('fundamental_1', 'fundamental_2', 'secondary', 'other')),
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX school_region ON school (region);
CREATE INDEX school_cercle ON school (cercle);

-- A school may close, reopen and close again: one row per closure.
CREATE TABLE school_closure (
    id              BIGSERIAL PRIMARY KEY,
    school_id       BIGINT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    closed_on       DATE NOT NULL,
    cause           TEXT NOT NULL CHECK (cause IN ('threat', 'attack', 'occupation', 'insecurity', 'displacement', 'other')),
    girls           INTEGER CHECK (girls >= 0),
    boys            INTEGER CHECK (boys >= 0),
    teachers        INTEGER CHECK (teachers >= 0),
    reopened_on     DATE CHECK (reopened_on >= closed_on),
    source          TEXT CHECK (length(source) <= 2000),
    verification    TEXT NOT NULL DEFAULT 'reported'
                        CHECK (verification IN ('reported', 'pending_verification', 'verified', 'dismissed')),
    recorded_by     TEXT NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX school_closure_school ON school_closure (school_id, closed_on);
-- At most one open closure per school.
CREATE UNIQUE INDEX school_closure_one_open ON school_closure (school_id) WHERE reopened_on IS NULL;

CREATE TABLE proceeding (
    id              BIGSERIAL PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE CHECK (length(reference) BETWEEN 1 AND 100),
    court           TEXT NOT NULL CHECK (length(court) BETWEEN 1 AND 300),
    charges         TEXT CHECK (length(charges) <= 5000),
    charge_classes  TEXT[] NOT NULL CHECK (cardinality(charge_classes) > 0 AND charge_classes <@ ARRAY['war_crimes',
                        'crimes_against_humanity', 'terrorism', 'murder', 'torture', 'sexual_violence',
                        'enforced_disappearance', 'other']),
    -- The latest stage and its date, kept with the row for lists; the history is proceeding_stage_change.
    stage           TEXT NOT NULL CHECK (stage IN ('complaint_filed', 'preliminary_investigation',
                        'judicial_investigation', 'indictment', 'trial', 'first_instance_judgment', 'appeal',
                        'final_judgment', 'closed_without_action')),
    stage_on        DATE NOT NULL,
    outcome         TEXT CHECK (length(outcome) <= 5000),
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX proceeding_stage ON proceeding (stage);

-- Suspects by category and count. Names, when an administrator or analyst records them, are
-- encrypted with the field key (associated data: proceeding id and category) and never shown to
-- other roles.
CREATE TABLE proceeding_suspect (
    proceeding_id   BIGINT NOT NULL REFERENCES proceeding(id) ON DELETE CASCADE,
    category        TEXT NOT NULL CHECK (category IN ('state_forces', 'armed_groups', 'terrorist_groups',
                        'self_defence_militia', 'foreign_forces_and_private_military_companies', 'unknown', 'other')),
    count           INTEGER NOT NULL CHECK (count BETWEEN 1 AND 10000),
    names_enc       BYTEA,
    PRIMARY KEY (proceeding_id, category)
);

CREATE TABLE proceeding_stage_change (
    id              BIGSERIAL PRIMARY KEY,
    proceeding_id   BIGINT NOT NULL REFERENCES proceeding(id) ON DELETE CASCADE,
    stage           TEXT NOT NULL CHECK (stage IN ('complaint_filed', 'preliminary_investigation',
                        'judicial_investigation', 'indictment', 'trial', 'first_instance_judgment', 'appeal',
                        'final_judgment', 'closed_without_action')),
    changed_on      DATE NOT NULL,
    note            TEXT CHECK (length(note) <= 2000),
    recorded_by     TEXT NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX proceeding_stage_change_proceeding ON proceeding_stage_change (proceeding_id, id);

CREATE TABLE reparation_claim (
    id              BIGSERIAL PRIMARY KEY,
    -- A code such as CVJR-2025-0042, never a name: the model refuses anything else.
    pseudonym       TEXT NOT NULL UNIQUE CHECK (pseudonym ~ '^[A-Z0-9][A-Z0-9-]{2,31}$' AND pseudonym ~ '[0-9]'),
    harm_classes    TEXT[] NOT NULL CHECK (cardinality(harm_classes) > 0),
    harm            TEXT CHECK (length(harm) <= 5000),
    programme       TEXT NOT NULL CHECK (programme IN ('cvjr', 'court_ordered', 'other')),
    measures        TEXT[] NOT NULL CHECK (cardinality(measures) > 0 AND measures <@ ARRAY['compensation',
                        'restitution', 'rehabilitation', 'satisfaction', 'non_repetition']),
    amount_xof      BIGINT CHECK (amount_xof >= 0),
    -- The latest status and its date; the history is reparation_status_change.
    status          TEXT NOT NULL CHECK (status IN ('submitted', 'under_review', 'granted', 'partially_granted',
                        'rejected', 'implemented')),
    status_on       DATE NOT NULL,
    submitted_on    DATE NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reparation_claim_status ON reparation_claim (status);

CREATE TABLE reparation_status_change (
    id              BIGSERIAL PRIMARY KEY,
    claim_id        BIGINT NOT NULL REFERENCES reparation_claim(id) ON DELETE CASCADE,
    status          TEXT NOT NULL CHECK (status IN ('submitted', 'under_review', 'granted', 'partially_granted',
                        'rejected', 'implemented')),
    changed_on      DATE NOT NULL,
    note            TEXT CHECK (length(note) <= 2000),
    recorded_by     TEXT NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reparation_status_change_claim ON reparation_status_change (claim_id, id);

-- Links: proceedings and claims concern incidents; schools and proceedings may be evidence that a
-- tracker recommendation is implemented.
CREATE TABLE proceeding_incident (
    proceeding_id   BIGINT NOT NULL REFERENCES proceeding(id) ON DELETE CASCADE,
    incident_id     BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    linked_by       TEXT NOT NULL,
    linked_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (proceeding_id, incident_id)
);
CREATE INDEX proceeding_incident_incident ON proceeding_incident (incident_id);

CREATE TABLE reparation_incident (
    claim_id        BIGINT NOT NULL REFERENCES reparation_claim(id) ON DELETE CASCADE,
    incident_id     BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    linked_by       TEXT NOT NULL,
    linked_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (claim_id, incident_id)
);
CREATE INDEX reparation_incident_incident ON reparation_incident (incident_id);

CREATE TABLE school_recommendation (
    school_id         BIGINT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    recommendation_id BIGINT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    linked_by         TEXT NOT NULL,
    linked_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, recommendation_id)
);
CREATE INDEX school_recommendation_recommendation ON school_recommendation (recommendation_id);

CREATE TABLE proceeding_recommendation (
    proceeding_id     BIGINT NOT NULL REFERENCES proceeding(id) ON DELETE CASCADE,
    recommendation_id BIGINT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    linked_by         TEXT NOT NULL,
    linked_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (proceeding_id, recommendation_id)
);
CREATE INDEX proceeding_recommendation_recommendation ON proceeding_recommendation (recommendation_id);

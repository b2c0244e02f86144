-- Issue 18: background work that any node runs once, and scheduled work that one node runs per period.
-- Owner: org.vigie.jobs.

-- One piece of background work (an import, a publication, the reminders). A worker on any node claims a
-- queued job (SELECT ... FOR UPDATE SKIP LOCKED), holds a lease it renews while it runs, and writes its
-- progress here; a job whose lease expired (its node died) is claimed again, at most three attempts in all.
-- token: 128 random bits, the job's name in addresses (the id is guessable, the token is not).
CREATE TABLE job (
    id            BIGSERIAL PRIMARY KEY,
    token         TEXT NOT NULL UNIQUE CHECK (length(token) BETWEEN 16 AND 64),
    kind          TEXT NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.]{0,39}$'),
    owner_id      BIGINT REFERENCES account(id),
    state         TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    parameters    JSONB NOT NULL DEFAULT '{}',
    not_before    TIMESTAMPTZ NOT NULL DEFAULT now(),
    node          TEXT,
    lease_until   TIMESTAMPTZ,
    attempts      INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    phase         TEXT NOT NULL DEFAULT 'WAITING',
    unit          TEXT NOT NULL DEFAULT 'ROWS',
    done_count    BIGINT NOT NULL DEFAULT 0,
    total_count   BIGINT NOT NULL DEFAULT -1,
    result        JSONB,
    error         JSONB,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at    TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ,
    CHECK ((state IN ('done', 'failed')) = (finished_at IS NOT NULL))
);
CREATE INDEX job_waiting ON job (not_before, id) WHERE state IN ('queued', 'running');
CREATE INDEX job_finished ON job (finished_at) WHERE finished_at IS NOT NULL;

-- What a job reads (an uploaded file): in the database, not on the disk of a node that may die, encrypted
-- by the field keyset bound to its row (job_input.content:ID, job_input.name:ID) since an upload may hold
-- victims' identities; deleted when the job ends, whatever the end.
CREATE TABLE job_input (
    id       BIGINT PRIMARY KEY REFERENCES job(id) ON DELETE CASCADE,
    name     BYTEA NOT NULL,
    content  BYTEA NOT NULL,
    size     BIGINT NOT NULL CHECK (size >= 0)
);

-- Scheduled work (the portal's publication, the reminders, the audit checkpoints): the next time each is due.
-- The node that moves next_at on, under an advisory lock, runs that period's turn; the others skip it.
CREATE TABLE scheduled_task (
    name       TEXT PRIMARY KEY,
    next_at    TIMESTAMPTZ NOT NULL,
    last_node  TEXT,
    last_at    TIMESTAMPTZ
);

-- The search change log (issue 18): every change that feeds search, written in the transaction of the change, in
-- an order every node of Vigie follows into its own Lucene index (org.vigie.search: SearchPendingStore writes,
-- SearchFollower reads). It replaces search_pending (V014), whose rows were deleted by the one node that indexed them.
--
-- Order: seq is taken when the row is written, before the commit, so a transaction that commits late shows a row
-- whose seq is below rows already read. A follower therefore never keeps a position in seq: it keeps the xmin of
-- the snapshot it last read with (pg_snapshot_xmin(pg_current_snapshot())), below which every transaction has
-- ended, and reads again every row whose xid is at or above it; xid is the writing transaction's id.
CREATE TABLE search_log (
    seq       BIGSERIAL PRIMARY KEY,
    xid       xid8 NOT NULL DEFAULT pg_current_xact_id(),
    kind      TEXT NOT NULL,
    id        TEXT NOT NULL,
    logged_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX search_log_xid ON search_log (xid);
COMMENT ON TABLE search_log IS 'derived: changes for the nodes'' search indexes, rebuilt from the records (V100)';

-- The rows still pending under V014 become the first rows of the log.
INSERT INTO search_log (kind, id, logged_at) SELECT kind, id, queued_at FROM search_pending ORDER BY seq;
DROP TABLE search_pending;

-- One row: the log's identity (an index whose position names another log, after a restore, is rebuilt) and how far
-- it was pruned (a node whose position is below was away while rows it needed were deleted: it rebuilds).
CREATE TABLE search_log_state (
    one          BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    epoch        UUID NOT NULL DEFAULT gen_random_uuid(),
    pruned_below xid8 NOT NULL DEFAULT '0'
);
INSERT INTO search_log_state DEFAULT VALUES;
COMMENT ON TABLE search_log_state IS 'derived: identity and pruning of search_log (V100)';

-- Where each node's index is durable up to (the xmin of its position), and when that was last written.
CREATE TABLE search_cursor (
    node       UUID PRIMARY KEY,
    horizon    xid8 NOT NULL,
    moved_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE search_cursor IS 'derived: the position of each node in search_log (V100)';

-- Wakes the nodes' listeners; delivered at commit, once per transaction (equal notifications are folded).
CREATE FUNCTION search_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vigie_search', '');
    RETURN NULL;
END $$;
CREATE TRIGGER search_log_notify AFTER INSERT ON search_log FOR EACH STATEMENT EXECUTE FUNCTION search_log_notify();

-- Capabilities that index after their commit (accounts, texts, tracker, registries) log their changes here, from
-- the rows themselves, so that no code path can change a searchable record and forget the log. TG_ARGV: the
-- search kind, and the column holding the document's key. Incidents are logged by Observatory in Java (V014's
-- queue calls), which an import batches.
CREATE FUNCTION search_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := to_jsonb(OLD);
    ELSE
        r := to_jsonb(NEW);
    END IF;
    INSERT INTO search_log (kind, id) VALUES (TG_ARGV[0], r ->> TG_ARGV[1]);
    RETURN NULL;
END $$;

CREATE TRIGGER search_log_account AFTER INSERT OR DELETE OR UPDATE OF username, display_name, role, disabled ON account
    FOR EACH ROW EXECUTE FUNCTION search_log_change('account', 'id');
CREATE TRIGGER search_log_recommendation AFTER INSERT OR UPDATE OR DELETE ON recommendation
    FOR EACH ROW EXECUTE FUNCTION search_log_change('recommendation', 'id');
-- A text's key is the text: TextSearchSource gives every paragraph of it.
CREATE TRIGGER search_log_text AFTER INSERT OR UPDATE OR DELETE ON text_document
    FOR EACH ROW EXECUTE FUNCTION search_log_change('resolution-paragraph', 'id');
CREATE TRIGGER search_log_school AFTER INSERT OR UPDATE OR DELETE ON school
    FOR EACH ROW EXECUTE FUNCTION search_log_change('school', 'id');
CREATE TRIGGER search_log_school_closure AFTER INSERT OR UPDATE OR DELETE ON school_closure
    FOR EACH ROW EXECUTE FUNCTION search_log_change('school', 'school_id');
CREATE TRIGGER search_log_proceeding AFTER INSERT OR UPDATE OR DELETE ON proceeding
    FOR EACH ROW EXECUTE FUNCTION search_log_change('proceeding', 'id');
CREATE TRIGGER search_log_proceeding_suspect AFTER INSERT OR UPDATE OR DELETE ON proceeding_suspect
    FOR EACH ROW EXECUTE FUNCTION search_log_change('proceeding', 'proceeding_id');
CREATE TRIGGER search_log_proceeding_stage AFTER INSERT OR UPDATE OR DELETE ON proceeding_stage_change
    FOR EACH ROW EXECUTE FUNCTION search_log_change('proceeding', 'proceeding_id');
CREATE TRIGGER search_log_reparation AFTER INSERT OR UPDATE OR DELETE ON reparation_claim
    FOR EACH ROW EXECUTE FUNCTION search_log_change('reparation-claim', 'id');
CREATE TRIGGER search_log_reparation_status AFTER INSERT OR UPDATE OR DELETE ON reparation_status_change
    FOR EACH ROW EXECUTE FUNCTION search_log_change('reparation-claim', 'claim_id');

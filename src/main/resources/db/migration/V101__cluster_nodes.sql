-- The nodes of Vigie on this database (issue 18, org.vigie.cluster): one row per data directory, its heartbeat and
-- where it listens; NodeStore writes it, pruning of search_log reads which nodes are alive.
CREATE TABLE cluster_node (
    id         UUID PRIMARY KEY,
    host       TEXT NOT NULL,
    port       INTEGER NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE cluster_node IS 'derived: the running nodes and their heartbeat (V101)';

-- What each node keeps in memory and must drop when another node changes it (org.vigie.cluster.CacheVersions): a
-- version per cache, raised in the transaction of the change by a trigger on the table it is made from, with a
-- notification delivered at commit; a node polls the versions too, so that a lost notification costs a second.
CREATE TABLE cache_version (
    name    TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);
COMMENT ON TABLE cache_version IS 'derived: versions of the caches the nodes hold (V101)';

CREATE FUNCTION cache_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cache_version AS v (name, version) VALUES (TG_ARGV[0], 1)
    ON CONFLICT (name) DO UPDATE SET version = v.version + 1;
    PERFORM pg_notify('vigie_cache', TG_ARGV[0]);
    RETURN NULL;
END $$;

-- The vocabulary with the terms administrators added (VocabularyTerms), and the checks made from it.
CREATE TRIGGER cache_vocabulary AFTER INSERT OR UPDATE OR DELETE ON vocabulary_term
    FOR EACH STATEMENT EXECUTE FUNCTION cache_version_bump('vocabulary');
-- The tracker's facets (themes, recommending States, cycles), a scan of every recommendation.
CREATE TRIGGER cache_recommendation_facets AFTER INSERT OR UPDATE OR DELETE ON recommendation
    FOR EACH STATEMENT EXECUTE FUNCTION cache_version_bump('recommendation-facets');

-- PostgreSQL only (this location is added to Flyway's only on PostgreSQL; H2 keeps scanning):
-- trigram indexes so that the queue's free-text search on the search keys of V112 (part of a name
-- or kana as clerks type it, LIKE '%…%') does not read the whole application table (issues 8, 18).
-- The indexes of V76 on applicant_name and applicant_name_kana stay for now (nothing reads them
-- any more; dropping them is left to a later migration once every node runs this version).
--
-- pg_trgm is a contrib extension (in Debian's postgresql package, trusted since PostgreSQL 13, so
-- the database owner may create it). It may already be installed in another schema than the
-- application's: the operator class is looked up where the extension lives. When the extension
-- cannot be installed, the migration only warns: search still works, as a sequential scan.

DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION
        WHEN unique_violation OR duplicate_object THEN
            NULL; -- created at the same moment by another schema's migration
        WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
            RAISE WARNING 'pg_trgm unavailable (%): queue name search stays a sequential scan', SQLERRM;
            RETURN;
    END;
    SELECT n.nspname INTO trgm_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX ix_application_search_name_trgm ON application'
                   || ' USING gin (search_name %I.gin_trgm_ops)', trgm_schema);
    EXECUTE format('CREATE INDEX ix_application_search_kana_trgm ON application'
                   || ' USING gin (search_kana %I.gin_trgm_ops)', trgm_schema);
END
$$;

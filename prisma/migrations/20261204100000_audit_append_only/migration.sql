-- The audit log holds against the portal's own database access (issue 16 §7, docs/decisions/
-- 016-audit-checkpoints.md). Two walls:
-- 1. The portal connects as "weihai_app": full DML on every table except "AuditEvent", where it may
--    only INSERT and SELECT (audit_append runs with the caller's rights). Migrations, seeds and
--    tools connect as the owner. Roles are cluster-wide, so the role is created only if missing
--    (several databases on one server share it; a concurrent creator is not an error).
-- 2. A trigger refuses UPDATE, DELETE and TRUNCATE of audit events for every role: the owner
--    bypasses grants, not triggers (the owner can still disable the trigger: the signed
--    checkpoints kept outside the database catch that).
-- On PGlite (the embedded default) every connection is the single superuser: the role and grants
-- are created but unused there, and the trigger is the wall.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'weihai_app') THEN
    CREATE ROLE weihai_app LOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO weihai_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO weihai_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO weihai_app;
-- tables and sequences later migrations create (run by the same owner) get the same grants
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO weihai_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO weihai_app;

-- the runner's own table (absent where the schema engine replays migrations into a shadow database)
DO $$
BEGIN
  IF to_regclass('"_app_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_app_migrations" FROM weihai_app;
  END IF;
END
$$;
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM weihai_app;
GRANT SELECT, INSERT ON "AuditEvent" TO weihai_app;

CREATE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- per row for UPDATE and DELETE: deleting a case that has no audit events (its foreign key's
-- ON DELETE SET NULL updates no row) stays possible; one with events is refused
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- Appends one audit event to the hash chain in a single statement: takes the chain's transaction
-- lock, reads the last hash (a fresh snapshot per statement: this function is VOLATILE), computes
-- sha256(prev || '\n' || body) exactly as lib/audit/chain.ts auditHash does, inserts the row and
-- returns the new hash. The caller computes `body` (the canonical JSON of the event) in
-- TypeScript; lib/audit/append.ts and the chain verifier (lib/audit/verify.ts) stay the reference.
CREATE FUNCTION audit_append(
  p_case text, p_actor text, p_action text, p_from text, p_to text,
  p_data jsonb, p_created_at text, p_body text
) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  prev text;
  h text;
BEGIN
  PERFORM pg_advisory_xact_lock(7242023);
  SELECT hash INTO prev FROM "AuditEvent" ORDER BY id DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  h := encode(sha256(convert_to(prev || E'\n' || p_body, 'UTF8')), 'hex');
  INSERT INTO "AuditEvent"("caseId", "actorId", action, "fromStatus", "toStatus", data, "prevHash", hash, "createdAt")
  VALUES (p_case, p_actor, p_action, p_from, p_to, p_data, prev, h, (p_created_at::timestamptz AT TIME ZONE 'UTC'));
  RETURN h;
END
$$;

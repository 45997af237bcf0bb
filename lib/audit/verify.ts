import pg from "pg";
import { auditHash, GENESIS } from "./chain";

/** Walks the chain in id order; returns the count and the first broken event id, if any. */
export async function verifyAuditChain(url: string): Promise<{ count: number; brokenAt: string | null }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    let prev = GENESIS;
    let last = "0";
    let count = 0;
    for (;;) {
      // order by the table's bigint column: a bare "id" would mean the id::text output column ("10" < "2")
      const { rows } = await c.query(
        `SELECT id::text, "caseId", "actorId", action, "fromStatus", "toStatus", data, "prevHash", hash,
                to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
         FROM "AuditEvent" WHERE id > $1::bigint ORDER BY "AuditEvent".id LIMIT 5000`, [last]);
      if (rows.length === 0) return { count, brokenAt: null };
      for (const r of rows) {
        const expected = auditHash(prev, {
          caseId: r.caseId, actorId: r.actorId, action: r.action, fromStatus: r.fromStatus, toStatus: r.toStatus, data: r.data,
          createdAt: new Date(r.createdAt),
        });
        if (r.prevHash !== prev || r.hash !== expected) return { count, brokenAt: r.id };
        prev = r.hash;
        count++;
        last = r.id;
      }
    }
  } finally {
    await c.end();
  }
}

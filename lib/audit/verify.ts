import pg from "pg";
import { auditHash, GENESIS } from "./chain";
import { checkpointFile, checkpointSignatureOk, readCheckpoints, type Checkpoint } from "./checkpoint-file";

export interface AuditVerification {
  /** events walked (all of them when nothing is broken) */
  count: number;
  /** the first event whose link is broken, or the head of a checkpoint the log no longer matches */
  brokenAt: string | null;
  /** what is wrong beyond a broken link (a checkpoint not matched, forged or unreadable) */
  problem: string | null;
  /** the latest checkpoint, when there is one */
  checkpoint: Checkpoint | null;
}

/** Where the checkpoints are and the key that signed them; without it only the chain is walked. */
export interface CheckpointSource {
  dir: string;
  key: string | null;
}

/**
 * Walks the chain in id order and holds it against every signed checkpoint: each one's head event
 * must exist with the signed hash and the signed count of events up to it. A deleted tail, or an
 * edit with every later hash recomputed, passes the walk but not the checkpoints written before it.
 */
export async function verifyAuditChain(url: string, source?: CheckpointSource): Promise<AuditVerification> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { checkpoints, problem } = await loadCheckpoints(c, source);
    const checkpoint = checkpoints.at(-1) ?? null;
    if (problem) return { count: 0, brokenAt: null, problem, checkpoint };
    const byHead = new Map<string, Checkpoint[]>();
    for (const k of checkpoints) byHead.set(k.headId, [...(byHead.get(k.headId) ?? []), k]);
    let prev = GENESIS;
    let last = "0";
    let count = 0;
    for (;;) {
      // order by the table's bigint column: a bare "id" would mean the id::text output column ("10" < "2")
      const { rows } = await c.query(
        `SELECT id::text, "caseId", "actorId", action, "fromStatus", "toStatus", data, "prevHash", hash,
                to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
         FROM "AuditEvent" WHERE id > $1::bigint ORDER BY "AuditEvent".id LIMIT 5000`, [last]);
      if (rows.length === 0) break;
      for (const r of rows) {
        const expected = auditHash(prev, {
          caseId: r.caseId, actorId: r.actorId, action: r.action, fromStatus: r.fromStatus, toStatus: r.toStatus, data: r.data,
          createdAt: new Date(r.createdAt),
        });
        if (r.prevHash !== prev || r.hash !== expected) return { count, brokenAt: r.id, problem: null, checkpoint };
        prev = r.hash;
        count++;
        last = r.id;
        for (const k of byHead.get(r.id) ?? []) {
          if (k.headHash !== r.hash) return { count, brokenAt: r.id, problem: `hash differs from checkpoint #${k.n} (${k.at})`, checkpoint };
          if (k.count !== count) return { count, brokenAt: r.id, problem: `checkpoint #${k.n} counts ${k.count} events up to it, found ${count}`, checkpoint };
        }
        byHead.delete(r.id);
      }
    }
    const missing = [...byHead.values()].flat().sort((a, b) => a.n - b.n)[0];
    if (missing) return { count, brokenAt: missing.headId, problem: `event missing, checkpoint #${missing.n} (${missing.at}) ends there`, checkpoint };
    return { count, brokenAt: null, problem: null, checkpoint };
  } finally {
    await c.end();
  }
}

async function loadCheckpoints(c: pg.Client, source?: CheckpointSource): Promise<{ checkpoints: Checkpoint[]; problem: string | null }> {
  if (!source) return { checkpoints: [], problem: null };
  const database = (await c.query<{ db: string }>(`SELECT current_database() AS db`)).rows[0].db;
  const { checkpoints, badLine } = readCheckpoints(checkpointFile(source.dir, database));
  if (badLine) return { checkpoints, problem: `checkpoint file line ${badLine} is not a checkpoint` };
  if (checkpoints.length && !source.key) return { checkpoints, problem: "checkpoints cannot be checked: AUDIT_SIGNING_KEY is not set" };
  for (const k of checkpoints) {
    if (!checkpointSignatureOk(source.key!, k) || k.database !== database) return { checkpoints, problem: `checkpoint #${k.n} signature invalid` };
  }
  return { checkpoints, problem: null };
}

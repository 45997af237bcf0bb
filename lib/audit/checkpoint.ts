import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { env } from "../env";
import { checkpointDir } from "./checkpoint-config";
import { appendCheckpoint, checkpointFile, checkpointRef, lastCheckpoint, signCheckpoint, type Checkpoint, type CheckpointRef } from "./checkpoint-file";
import { log } from "../log";

// Signs the audit chain's head into the checkpoint file (lib/audit/checkpoint-file.ts): after
// every payment, and at most every AUDIT_CHECKPOINT_MINUTES while events are appended.

type Tx = Prisma.TransactionClient;

let queue: Promise<unknown> = Promise.resolve();
/** one writer at a time in this process: a checkpoint's number and count build on the last line */
function serial<T>(f: () => Promise<T>): Promise<T> {
  const p = queue.then(f, f);
  queue = p.catch(() => {});
  return p;
}

/** Writes a checkpoint of the current head (the last one when nothing is new); null without a key or events. */
export function writeCheckpoint(reason: string): Promise<Checkpoint | null> {
  const key = env.AUDIT_SIGNING_KEY;
  if (!key) return Promise.resolve(null);
  // serial in this process, and under an advisory lock across every app server on the database:
  // with a shared AUDIT_CHECKPOINT_DIR, two servers must not both append checkpoint n+1
  return serial(() => db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('weihai.audit-checkpoint'))`;
    const [head] = await tx.$queryRaw<{ database: string; id: string | null; hash: string | null }[]>`
      SELECT current_database() AS database, e.id::text AS id, e.hash
      FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT id, hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1) e ON true`;
    if (!head.id || !head.hash) return null;
    const file = checkpointFile(checkpointDir(env.DATA_DIR, env.AUDIT_CHECKPOINT_DIR), head.database);
    const last = lastCheckpoint(file);
    if (last?.headId === head.id && last.headHash === head.hash) return last;
    const count = await countSince(tx, last, head.id);
    const c = signCheckpoint(key, {
      v: 1, n: (last?.n ?? 0) + 1, database: head.database, headId: head.id, headHash: head.hash, count, at: new Date().toISOString(), reason,
    });
    appendCheckpoint(file, c);
    return c;
  }));
}

/** Events up to headId, counted on from the last checkpoint, which must still hold: a log changed
 * under it is not signed again (that would launder the change); audit:verify names it. */
async function countSince(tx: Tx, last: Checkpoint | null, headId: string): Promise<number> {
  if (!last) {
    const [r] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEvent" WHERE id <= ${BigInt(headId)}`;
    return r.n;
  }
  const [r] = await tx.$queryRaw<{ hash: string | null; n: number }[]>`
    SELECT (SELECT hash FROM "AuditEvent" WHERE id = ${BigInt(last.headId)}) AS hash,
           (SELECT count(*)::int FROM "AuditEvent" WHERE id > ${BigInt(last.headId)} AND id <= ${BigInt(headId)}) AS n`;
  if (r.hash !== last.headHash || BigInt(last.headId) > BigInt(headId)) {
    throw new Error(`event ${last.headId} no longer matches checkpoint #${last.n}: not signing a new checkpoint (run audit:verify)`);
  }
  return last.count + r.n;
}

/** After a payment (or a batch of payments) committed: a checkpoint that covers it, its reference kept
 * on each payment for the receipts. Never throws: the payment stands; a failure is logged and the
 * receipt has no reference. */
export async function checkpointPayment(caseIds: string | string[]): Promise<CheckpointRef | null> {
  const ids = typeof caseIds === "string" ? [caseIds] : caseIds;
  try {
    const c = await writeCheckpoint(`payment ${ids.length === 1 ? ids[0] : `batch of ${ids.length}`}`);
    if (!c) return null;
    const ref = checkpointRef(c);
    await db.payment.updateMany({ where: { caseId: { in: ids } }, data: { checkpoint: { ...ref } } });
    return ref;
  } catch (e) {
    log.error({ err: e, caseIds: ids }, "audit checkpoint after payment failed");
    return null;
  }
}

// Periodic checkpoints without a timer of their own: an append schedules one (after its
// transaction has had time to commit), at most one per AUDIT_CHECKPOINT_MINUTES. The job queue
// can take this over later.
const SETTLE_MS = 2_000;
let lastPeriodic = 0;
let pending: ReturnType<typeof setTimeout> | undefined;

export function scheduleCheckpoint(now = Date.now()): void {
  const minutes = env.AUDIT_CHECKPOINT_MINUTES;
  if (!minutes || !env.AUDIT_SIGNING_KEY || pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    lastPeriodic = Date.now();
    writeCheckpoint("periodic").catch((e) => log.error({ err: e }, "periodic audit checkpoint failed"));
  }, Math.max(SETTLE_MS, lastPeriodic + minutes * 60_000 - now));
  pending.unref();
}

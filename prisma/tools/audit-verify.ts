// `npm run -s audit:verify`: checks the audit log's hash chain against the signed checkpoints kept
// outside the database (AUDIT_CHECKPOINT_DIR, key AUDIT_SIGNING_KEY or the demo's in DATA_DIR).
// Last line: `audit: N events, chain ok, checkpoint #k at <id> ok`, or what is broken.
import { checkpointDir, findSigningKey } from "../../lib/audit/checkpoint-config";
import { verifyAuditChain } from "../../lib/audit/verify";
import { DATA_DIR, openDatabase } from "./database";

const db = await openDatabase();
try {
  const r = await verifyAuditChain(db.url, { dir: checkpointDir(DATA_DIR), key: findSigningKey(DATA_DIR) });
  const k = r.checkpoint;
  if (r.brokenAt || r.problem) {
    console.log(r.brokenAt ? `audit: chain broken at ${r.brokenAt}${r.problem ? `: ${r.problem}` : ""}` : `audit: ${r.problem}`);
    process.exitCode = 1;
  } else {
    console.log(`audit: ${r.count} events, chain ok, ${k ? `checkpoint #${k.n} at ${k.headId} ok` : "no checkpoint"}`);
  }
} finally {
  await db.close();
}

// `npm run -s audit:verify`: checks the audit log's hash chain; names the first broken event.
import { verifyAuditChain } from "../../lib/audit/verify";
import { openDatabase } from "./database";

const db = await openDatabase();
try {
  const r = await verifyAuditChain(db.url);
  if (r.brokenAt) {
    console.log(`audit: chain broken at ${r.brokenAt}`);
    process.exitCode = 1;
  } else {
    console.log(`audit: ${r.count} events, chain ok`);
  }
} finally {
  await db.close();
}

// `npm run db:migrate`: applies the committed migrations (offline; PostgreSQL or embedded PGlite).
import { migrate } from "../../lib/db/migrate";
import { MIGRATIONS_DIR } from "../../lib/db/migration-files";
import { installJobQueue } from "../../lib/jobs/install";
import { openDatabase } from "./database";

const db = await openDatabase();
try {
  const r = await migrate(db.ownerUrl, MIGRATIONS_DIR);
  // pg-boss's own schema ("pgboss") and the portal's queues, installed or upgraded as the owner
  await installJobQueue(db.ownerUrl);
  console.log(`migrations: ${r.applied.length} applied${r.applied.length ? " (" + r.applied.join(", ") + ")" : ""}, ${r.alreadyApplied} already there${db.embedded ? " [embedded database]" : ""}`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}

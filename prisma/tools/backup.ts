// `npm run backup [-- <folder>]`: the database and every stored file into one folder with a
// manifest (sha256 of each file); default folder backups/<database>-<time>. On PostgreSQL only:
// see lib/ops/backup-archive.ts, and the README's "Backup and restore".
import path from "node:path";
import { checkpointDir } from "../../lib/audit/checkpoint-config";
import { backup } from "../../lib/ops/backup-archive";
import { DATA_DIR } from "./database";
import { embeddedBackupRefusal } from "./backup-embedded";

const url = process.env.OWNER_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) {
  console.error(embeddedBackupRefusal("backup"));
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = path.resolve(process.argv[2] ?? path.join("backups", `${new URL(url).pathname.slice(1) || "db"}-${stamp}`));
try {
  const m = await backup(url, out, { dataDir: DATA_DIR, checkpointDir: checkpointDir(DATA_DIR) });
  console.log(`backup: ${out}: database ${m.database} (${m.dump.size} bytes), ${m.blobs.length} files, ${m.attachments.length} attachments${m.checkpoints ? ", audit checkpoints" : ""}`);
} catch (e) {
  console.error(`backup failed: ${(e as Error).message}`);
  process.exitCode = 1;
}

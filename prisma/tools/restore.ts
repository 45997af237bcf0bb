// `npm run restore -- <folder>`: a backup (npm run backup) into the EMPTY database of
// OWNER_DATABASE_URL / DATABASE_URL and its files into DATA_DIR/uploads or the StoredBlob table;
// then the audit chain and every attachment's sha256 are checked.
import { checkpointDir } from "../../lib/audit/checkpoint-config";
import { restore } from "../../lib/ops/backup-archive";
import { DATA_DIR } from "./database";
import { embeddedBackupRefusal } from "./backup-embedded";

const url = process.env.OWNER_DATABASE_URL ?? process.env.DATABASE_URL;
const dir = process.argv[2];
if (!url) {
  console.error(embeddedBackupRefusal("restore"));
  process.exit(1);
}
if (!dir) {
  console.error("usage: npm run restore -- <backup folder>   (into the empty database of OWNER_DATABASE_URL or DATABASE_URL)");
  process.exit(1);
}
try {
  const r = await restore(dir, url, { dataDir: DATA_DIR, checkpointDir: checkpointDir(DATA_DIR) });
  console.log(`restore: ${r.blobs} files, ${r.attachments} attachments match their sha256, audit: ${r.auditEvents} events, chain ok`);
} catch (e) {
  console.error(`restore failed: ${(e as Error).message}`);
  process.exitCode = 1;
}

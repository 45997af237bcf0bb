// Where the checkpoint key and files live for the launchers and tools (the portal itself reads
// AUDIT_SIGNING_KEY and AUDIT_CHECKPOINT_DIR through lib/env.ts). Never in the database.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const KEY_FILE = "audit-signing-key";

export function checkpointDir(dataDir: string, override = process.env.AUDIT_CHECKPOINT_DIR): string {
  return path.resolve(override ?? path.join(dataDir, "audit-checkpoints"));
}

/** AUDIT_SIGNING_KEY, else the key kept in dataDir (made on first use): what `npm run demo` and the e2e server give the portal */
export function ensureSigningKey(dataDir: string): string {
  if (process.env.AUDIT_SIGNING_KEY) return process.env.AUDIT_SIGNING_KEY;
  const file = path.join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** for audit:verify: AUDIT_SIGNING_KEY, else the launcher's key in dataDir, else none */
export function findSigningKey(dataDir: string): string | null {
  if (process.env.AUDIT_SIGNING_KEY) return process.env.AUDIT_SIGNING_KEY;
  const file = path.join(dataDir, KEY_FILE);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

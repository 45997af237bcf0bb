// Backup and restore of a portal: the database (pg_dump, custom format) and every stored file
// (the StoredBlob table and DATA_DIR/uploads) into one folder with a manifest holding the sha256 of
// each file. The dump and the file list come from one snapshot of the database (pg_export_snapshot),
// so an upload during the backup is either wholly in it or not at all. Used by `npm run backup` /
// `npm run restore` (prisma/tools/backup.ts, restore.ts) and their integration test.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { verifyAuditChain } from "../audit/verify";
import { checkpointFile } from "../audit/checkpoint-file";

export const MANIFEST = "manifest.json";
const DUMP = "database.dump";
const CHECKPOINTS = "audit-checkpoints.jsonl";
const PG_PREFIX = "pg:";

export interface BlobEntry {
  sha256: string;
  size: number;
  /** the key the records hold ("pg:<sha256>" or "<ab>/<sha256>"): restore puts the file back there */
  key: string;
}

export interface Manifest {
  format: "weihai-portal-backup";
  version: 1;
  createdAt: string;
  database: string;
  serverVersion: string;
  dump: { file: string; sha256: string; size: number };
  blobs: BlobEntry[];
  attachments: { id: string; sha256: string; key: string }[];
  checkpoints: string | null;
}

export interface Locations {
  /** DATA_DIR: its uploads/ holds the disk driver's files */
  dataDir: string;
  /** where the audit checkpoints are (AUDIT_CHECKPOINT_DIR or DATA_DIR/audit-checkpoints) */
  checkpointDir: string;
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ["ignore", "inherit", "pipe"] });
    let err = "";
    p.stderr.on("data", (d) => (err += d));
    p.on("error", (e) => reject(new Error(`${cmd}: ${e.message} (is PostgreSQL's client installed? set PG_BIN to its folder)`)));
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${err.trim()}`))));
  });
}

const tool = (name: string) => (process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name);

/** the disk driver's files: uploads/<ab>/<sha256> (temp files of a write in progress are left out) */
function diskBlobs(dataDir: string): BlobEntry[] {
  const root = path.join(dataDir, "uploads");
  if (!existsSync(root)) return [];
  const out: BlobEntry[] = [];
  for (const dir of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    for (const name of readdirSync(path.join(root, dir))) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      out.push({ sha256: name, size: 0, key: path.join(dir, name) });
    }
  }
  return out;
}

/** Writes a backup of the database at `url` and its files into `outDir` (created; must not hold a backup). */
export async function backup(url: string, outDir: string, where: Locations): Promise<Manifest> {
  if (existsSync(path.join(outDir, MANIFEST))) throw new Error(`${outDir} already holds a backup`);
  mkdirSync(path.join(outDir, "blobs"), { recursive: true });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: [s] } = await c.query<{ snapshot: string; database: string; version: string }>(
      "SELECT pg_export_snapshot() AS snapshot, current_database() AS database, current_setting('server_version') AS version");
    // the dump sees exactly what this transaction sees; the files go beside it, not into it
    const dumpFile = path.join(outDir, DUMP);
    const dumping = run(tool("pg_dump"), ["--format=custom", "--no-owner", `--snapshot=${s.snapshot}`, '--exclude-table-data="StoredBlob"', `--file=${dumpFile}`, `--dbname=${url}`]);
    const blobs: BlobEntry[] = [];
    const put = (key: string, bytes: Uint8Array, expected: string) => {
      const got = sha256(bytes);
      if (got !== expected) throw new Error(`stored file ${key} does not match its sha256 (${got}): not backing up a damaged store`);
      writeFileSync(path.join(outDir, "blobs", got), bytes);
      blobs.push({ sha256: got, size: bytes.length, key });
    };
    const hasTable = (await c.query(`SELECT to_regclass('"StoredBlob"') IS NOT NULL AS present`)).rows[0].present;
    if (hasTable) {
      for (const { sha256: h } of (await c.query<{ sha256: string }>(`SELECT sha256 FROM "StoredBlob" ORDER BY sha256`)).rows) {
        const { rows } = await c.query<{ bytes: Buffer }>(`SELECT bytes FROM "StoredBlob" WHERE sha256 = $1`, [h]);
        put(PG_PREFIX + h, rows[0].bytes, h);
      }
    }
    for (const b of diskBlobs(where.dataDir)) put(b.key, readFileSync(path.join(where.dataDir, "uploads", b.key)), b.sha256);
    const { rows: attachments } = await c.query<{ id: string; sha256: string; key: string }>(
      `SELECT id, sha256, "storagePath" AS key FROM "Attachment" ORDER BY id`);
    const have = new Set(blobs.map((b) => b.key));
    const missing = attachments.filter((a) => !have.has(a.key));
    await dumping;
    await c.query("COMMIT");
    if (missing.length) throw new Error(`${missing.length} attachment(s) have no stored file (first: ${missing[0].id} → ${missing[0].key})`);
    const cpFile = checkpointFile(where.checkpointDir, s.database);
    if (existsSync(cpFile)) copyFileSync(cpFile, path.join(outDir, CHECKPOINTS));
    const dumpBytes = readFileSync(dumpFile);
    const manifest: Manifest = {
      format: "weihai-portal-backup", version: 1, createdAt: new Date().toISOString(), database: s.database, serverVersion: s.version,
      dump: { file: DUMP, sha256: sha256(dumpBytes), size: dumpBytes.length },
      blobs, attachments, checkpoints: existsSync(cpFile) ? CHECKPOINTS : null,
    };
    // written last: a folder without a manifest is an unfinished backup
    writeFileSync(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 1));
    return manifest;
  } finally {
    await c.end();
  }
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  if (!existsSync(file)) throw new Error(`${dir} holds no ${MANIFEST}: not a finished backup`);
  const m = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  if (m.format !== "weihai-portal-backup" || m.version !== 1) throw new Error(`${file}: not a portal backup this version can read`);
  return m;
}

export interface RestoreResult {
  blobs: number;
  attachments: number;
  auditEvents: number;
}

/**
 * Restores a backup into the EMPTY database at `url` (the owner's connection) and its files into
 * `where.dataDir` / the StoredBlob table, each checked against the manifest's sha256 first; then
 * checks that the audit chain verifies and every attachment's file reads back with its sha256.
 */
export async function restore(dir: string, url: string, where: Locations): Promise<RestoreResult> {
  const m = readManifest(dir);
  const dumpFile = path.join(dir, m.dump.file);
  if (sha256(readFileSync(dumpFile)) !== m.dump.sha256) throw new Error(`${m.dump.file} does not match the manifest's sha256`);
  const files = new Map<string, Buffer>();
  for (const b of m.blobs) {
    const bytes = readFileSync(path.join(dir, "blobs", b.sha256));
    if (sha256(bytes) !== b.sha256) throw new Error(`blobs/${b.sha256} does not match its sha256`);
    files.set(b.key, bytes);
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: [t] } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (t.n > 0) throw new Error(`the target database is not empty (${t.n} tables): restore into a fresh database`);
    // the app role the grants in the dump name (roles are per server, not in a database's dump)
    await c.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'weihai_app') THEN CREATE ROLE weihai_app LOGIN; END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await run(tool("pg_restore"), ["--no-owner", "--exit-on-error", "--single-transaction", `--dbname=${url}`, dumpFile]);
    for (const [key, bytes] of files) {
      if (key.startsWith(PG_PREFIX)) {
        await c.query(`INSERT INTO "StoredBlob"(sha256, bytes, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`, [key.slice(PG_PREFIX.length), bytes, bytes.length]);
      } else {
        const file = path.resolve(where.dataDir, "uploads", key);
        if (!file.startsWith(path.resolve(where.dataDir, "uploads") + path.sep)) throw new Error(`manifest key ${key} leaves the uploads folder`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, bytes);
      }
    }
    const database = (await c.query<{ db: string }>("SELECT current_database() AS db")).rows[0].db;
    if (m.checkpoints) {
      // the checkpoints were signed for the backed-up database's name: kept beside, under that name
      const target = checkpointFile(where.checkpointDir, m.database);
      if (!existsSync(target)) {
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(path.join(dir, m.checkpoints), target);
      }
    }
    const attachments = await checkAttachments(c, where.dataDir);
    const audit = await verifyAuditChain(url, database === m.database ? { dir: where.checkpointDir, key: process.env.AUDIT_SIGNING_KEY ?? null } : undefined);
    if (audit.brokenAt || audit.problem) throw new Error(`restored audit chain does not verify: ${audit.problem ?? `broken at ${audit.brokenAt}`}`);
    return { blobs: files.size, attachments, auditEvents: audit.count };
  } finally {
    await c.end();
  }
}

/** every attachment's file, read back from where its key says, has the attachment's sha256 */
async function checkAttachments(c: pg.Client, dataDir: string): Promise<number> {
  const { rows } = await c.query<{ id: string; sha256: string; key: string }>(`SELECT id, sha256, "storagePath" AS key FROM "Attachment"`);
  for (const a of rows) {
    let bytes: Buffer | undefined;
    if (a.key.startsWith(PG_PREFIX)) {
      bytes = (await c.query<{ bytes: Buffer }>(`SELECT bytes FROM "StoredBlob" WHERE sha256 = $1`, [a.key.slice(PG_PREFIX.length)])).rows[0]?.bytes;
    } else {
      const file = path.join(dataDir, "uploads", a.key);
      bytes = existsSync(file) ? readFileSync(file) : undefined;
    }
    if (!bytes || sha256(bytes) !== a.sha256) throw new Error(`attachment ${a.id}: restored file ${bytes ? "differs from its sha256" : "is missing"}`);
  }
  return rows.length;
}

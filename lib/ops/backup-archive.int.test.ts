// Backup and restore: a seeded database with attachments on both storage drivers is backed up,
// restored into a FRESH database and data dir, and there the audit chain verifies and every
// attachment's file has its sha256. A damaged backup or a non-empty target is refused.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "../testing/fresh-database";
import { createTestDatabase, type TestDb } from "../testing/test-db";
import { verifyAuditChain } from "../audit/verify";
import { backup, restore, type Manifest } from "./backup-archive";

const DATA_DIR = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/wh-backup-src-${process.pid}-${Date.now()}`;
  process.env.DATA_DIR = dir;
  process.env.STORAGE_DRIVER = "disk";
  return dir;
});

const source = freshDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), "wh-backup-"));
const targets: TestDb[] = [];
afterAll(async () => {
  for (const t of targets) await t.drop();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
});

const PDF = (n: number) => new TextEncoder().encode(`%PDF-1.4\n% ${n} ${randomBytes(8).toString("hex")}\ntrailer <<>>\n%%EOF\n`);
const checkpointDir = () => process.env.AUDIT_CHECKPOINT_DIR!;

/** two submitted c09 cases: one's documents on disk, the other's in PostgreSQL; a checkpoint signed */
async function seed() {
  const { c09Draft, submitCase } = await import("../testing/applicant-services");
  const { storeAttachment } = await import("../attachments/store");
  const { env } = await import("../env");
  const { writeCheckpoint } = await import("../audit/checkpoint");
  for (const driver of ["disk", "postgres"] as const) {
    env.STORAGE_DRIVER = driver;
    const { user, draft, version } = await c09Draft();
    await storeAttachment(user, { caseId: draft.id, slot: "rnd_statistics", fileName: "统计报表.pdf", bytes: PDF(1) });
    await storeAttachment(user, { caseId: draft.id, slot: "qualification_certificate", fileName: "证书.pdf", bytes: PDF(2) });
    await submitCase(user, { caseId: draft.id, version, submitKey: `backup-submit-${driver}-0001`, commitment: true });
  }
  env.STORAGE_DRIVER = "disk";
  expect(await writeCheckpoint("before backup")).not.toBeNull();
}

async function freshTarget(): Promise<TestDb> {
  const t = await createTestDatabase({ migrate: false });
  targets.push(t);
  return t;
}

describe("npm run backup / restore", () => {
  let manifest: Manifest;
  const out = path.join(scratch, "backup");

  it("backs up the database and every stored file with their sha256", async () => {
    await seed();
    manifest = await backup(source.url, out, { dataDir: DATA_DIR, checkpointDir: checkpointDir() });
    expect(manifest.attachments).toHaveLength(4);
    expect(manifest.blobs.filter((b) => b.key.startsWith("pg:"))).toHaveLength(2);
    expect(manifest.blobs.filter((b) => !b.key.startsWith("pg:"))).toHaveLength(2);
    expect(manifest.checkpoints).toBe("audit-checkpoints.jsonl");
    for (const b of manifest.blobs) expect(existsSync(path.join(out, "blobs", b.sha256))).toBe(true);
    await expect(backup(source.url, out, { dataDir: DATA_DIR, checkpointDir: checkpointDir() })).rejects.toThrow(/already holds a backup/);
  });

  it("restores into a fresh database and data dir: the audit chain verifies and every attachment matches its sha256", async () => {
    const target = await freshTarget();
    const dataDir = path.join(scratch, "restored-data");
    const r = await restore(out, target.url, { dataDir, checkpointDir: path.join(scratch, "restored-checkpoints") });
    const src = await verifyAuditChain(source.url);
    expect(src.count).toBeGreaterThan(0);
    expect(r).toEqual({ blobs: 4, attachments: 4, auditEvents: src.count });
    // checked here again, independently of restore()'s own checks
    expect((await verifyAuditChain(target.url)).brokenAt).toBeNull();
    const c = new pg.Client({ connectionString: target.url });
    await c.connect();
    try {
      const { rows } = await c.query<{ id: string; sha256: string; key: string }>(`SELECT id, sha256, "storagePath" AS key FROM "Attachment"`);
      expect(rows).toHaveLength(4);
      for (const a of rows) {
        const bytes = a.key.startsWith("pg:")
          ? (await c.query(`SELECT bytes FROM "StoredBlob" WHERE sha256 = $1`, [a.sha256])).rows[0].bytes
          : readFileSync(path.join(dataDir, "uploads", a.key));
        expect((await import("node:crypto")).createHash("sha256").update(bytes).digest("hex")).toBe(a.sha256);
      }
      // the restored database is the portal's: migrations recorded, the app role's grants in place
      expect((await c.query(`SELECT count(*)::int AS n FROM "_app_migrations"`)).rows[0].n).toBeGreaterThan(0);
      expect((await c.query(`SELECT has_table_privilege('weihai_app', '"AuditEvent"', 'UPDATE') AS u`)).rows[0].u).toBe(false);
    } finally {
      await c.end();
    }
  });

  it("refuses a non-empty target and a damaged backup", async () => {
    await expect(restore(out, source.url, { dataDir: path.join(scratch, "x"), checkpointDir: path.join(scratch, "y") })).rejects.toThrow(/not empty/);
    const damaged = path.join(out, "blobs", manifest.blobs[0].sha256);
    writeFileSync(damaged, "tampered");
    const target = await freshTarget();
    await expect(restore(out, target.url, { dataDir: path.join(scratch, "z"), checkpointDir: path.join(scratch, "w") })).rejects.toThrow(/does not match its sha256/);
  });
});

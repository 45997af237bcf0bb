// The PostgreSQL storage driver: what one app server stores, any other reads; the same bytes
// stored many times at once make one row; files stored on disk before a switch stay readable.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "../testing/fresh-database";
import { createPrisma } from "../db/create-client";

const DATA_DIR = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/wh-blobs-${process.pid}-${Date.now()}`;
  process.env.DATA_DIR = dir;
  process.env.STORAGE_DRIVER = "postgres";
  return dir;
});

const database = freshDatabase();
afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

describe("postgres blob driver", () => {
  it("stores by sha256 under a pg: key and reads the bytes back through another connection", async () => {
    const { putBlob, readBlob } = await import("./blobs");
    const bytes = randomBytes(300_000);
    const b = await putBlob(bytes);
    expect(b.key).toBe(`pg:${b.sha256}`);
    expect(b.size).toBe(bytes.length);
    expect((await readBlob(b.key))!.equals(bytes)).toBe(true);
    // a second server: its own client on the same database
    const other = createPrisma(database.url, 2);
    try {
      const row = await other.storedBlob.findUnique({ where: { sha256: b.sha256 } });
      expect(Buffer.from(row!.bytes).equals(bytes)).toBe(true);
    } finally {
      await other.$disconnect();
    }
  });

  it("makes one row when the same bytes are stored many times at once", async () => {
    const { putBlob } = await import("./blobs");
    const { db } = await import("../db/client");
    const bytes = randomBytes(50_000);
    const results = await Promise.all(Array.from({ length: 8 }, () => putBlob(bytes)));
    expect(new Set(results.map((r) => r.key)).size).toBe(1);
    expect(await db.storedBlob.count({ where: { sha256: results[0].sha256 } })).toBe(1);
  });

  it("reads disk keys stored before the switch, and nothing for forged keys", async () => {
    const { putBlob, readBlob } = await import("./blobs");
    const { env } = await import("../env");
    env.STORAGE_DRIVER = "disk";
    const bytes = randomBytes(1000);
    const onDisk = await putBlob(bytes);
    env.STORAGE_DRIVER = "postgres";
    expect(onDisk.key).not.toMatch(/^pg:/);
    expect((await readBlob(onDisk.key))!.equals(bytes)).toBe(true);
    expect(await readBlob("pg:" + "0".repeat(64))).toBeNull();
    expect(await readBlob("pg:../../etc/passwd")).toBeNull();
    expect(await readBlob("../../etc/passwd")).toBeNull();
  });
});

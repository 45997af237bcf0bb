import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema, SCHEMA_PATH } from "../../prisma/tools/schema-diff";
import { createTestDatabase, serverUrl, type TestDb } from "../testing/test-db";
import { migrate } from "./migrate";
import { MIGRATIONS_DIR, migrationDirs } from "./migration-files";

const dbs: TestDb[] = [];
afterAll(async () => {
  for (const d of dbs) await d.drop();
});

describe("migrations", () => {
  it("apply to an empty PostgreSQL database, once", async () => {
    const d = await createTestDatabase({ migrate: false });
    dbs.push(d);
    const first = await migrate(d.url, MIGRATIONS_DIR);
    expect(first.applied).toEqual(migrationDirs());
    expect(first.applied.length).toBeGreaterThan(0);
    const second = await migrate(d.url, MIGRATIONS_DIR);
    expect(second.applied).toEqual([]);
    const c = new pg.Client({ connectionString: d.url });
    await c.connect();
    const tables = (await c.query<{ t: string }>(`SELECT table_name t FROM information_schema.tables WHERE table_schema='public'`)).rows.map((r) => r.t);
    await c.end();
    for (const t of ["Organisation", "User", "Bureau", "Round", "Case", "RuleDecision", "Attachment", "ReviewAction", "AuditEvent", "Notification"]) {
      expect(tables).toContain(t);
    }
  });

  it("refuse a migration edited after it was applied", async () => {
    const d = await createTestDatabase();
    dbs.push(d);
    const dir = mkdtempSync(path.join(tmpdir(), "mig-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = path.join(dir, migrationDirs(dir)[0], "migration.sql");
    writeFileSync(first, readFileSync(first, "utf8") + "\n-- edited\n");
    await expect(migrate(d.url, dir)).rejects.toThrow(/edited after it was applied/);
  });

  it("agree with schema.prisma (drift check)", async () => {
    expect(await diffMigrationsToSchema(serverUrl())).toBe("");
  });

  it("the drift check notices a schema change that has no migration", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "schema-"));
    const changed = path.join(dir, "schema.prisma");
    copyFileSync(SCHEMA_PATH, changed);
    writeFileSync(changed, readFileSync(changed, "utf8").replace("model Setting {", "model Setting {\n  note String?"));
    const sql = await diffMigrationsToSchema(serverUrl(), MIGRATIONS_DIR, changed);
    expect(sql).toMatch(/ALTER TABLE "Setting" ADD COLUMN\s+"note" TEXT/);
  });
});

// The one database set-up of an integration test file: a fresh PostgreSQL database, migrated,
// that lib/db/client points at for the file's tests; dropped afterwards.
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, useDatabase, type TestDb } from "./test-db";

/** Call at the top of a test file. The returned object's `url` and `name` are set before the tests run. */
export function freshDatabase(): TestDb {
  const d: TestDb = { url: "", name: "", drop: async () => {} };
  beforeAll(async () => {
    Object.assign(d, await createTestDatabase());
    await useDatabase(d.url);
  });
  afterAll(async () => {
    const { db, getPool } = await import("../db/client");
    await db.$disconnect();
    await getPool().end().catch(() => {});
    await d.drop();
  });
  return d;
}

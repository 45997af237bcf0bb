// One fresh PostgreSQL database per test file, migrated with the committed migrations.
// The server comes from TEST_PG_URL, else DATABASE_URL, else the local PostgreSQL 15.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../db/migrate";
import { MIGRATIONS_DIR } from "../db/migration-files";

// read once, before useDatabase() points DATABASE_URL at a test database
const SERVER = process.env.TEST_PG_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function serverUrl(): string {
  return SERVER;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = "/" + name;
  return u.toString();
}

/** the same database as another role (trust auth on the test server: no password) */
export function withUser(url: string, user: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = "";
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export interface TestDb {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  const name = `wh_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl(), name);
  if (opts.migrate !== false) await migrate(url, MIGRATIONS_DIR);
  return {
    url,
    name,
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Points lib/db/client at `url` (it connects lazily on first use). */
export async function useDatabase(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  const g = globalThis as unknown as { __prisma?: { $disconnect(): Promise<void> }; __pool?: { end(): Promise<void> } };
  if (g.__prisma) await g.__prisma.$disconnect();
  if (g.__pool) await g.__pool.end().catch(() => {});
  g.__prisma = undefined;
  g.__pool = undefined;
}

// Where the e2e server's database is, for the specs that read or write it directly: PostgreSQL's
// E2E_DB_NAME (default wh_e2e), or with E2E_EMBEDDED=1 the PGlite socket e2e/serve.ts started.
import pg from "pg";
import { embeddedUrl } from "../lib/db/embedded";
import { serverUrl, withDatabase } from "../lib/testing/test-db";

export const E2E_EMBEDDED = process.env.E2E_EMBEDDED === "1";

/** the embedded database's port: E2E_EMBEDDED_DB_PORT, else derived from the app's port (3220 → 23220). Below
 * 32768, where Linux takes no ephemeral ports: at 51200 + port, a client connection of a lane running
 * beside it once held the port (EADDRINUSE in CI). */
export function e2eEmbeddedPort(): number {
  return Number(process.env.E2E_EMBEDDED_DB_PORT ?? 20_000 + Number(process.env.E2E_PORT ?? 3100));
}

export function e2eDatabaseName(): string {
  return process.env.E2E_DB_NAME ?? "wh_e2e";
}

export function e2eDatabaseUrl(): string {
  return E2E_EMBEDDED ? embeddedUrl(e2eEmbeddedPort()) : withDatabase(serverUrl(), e2eDatabaseName());
}

/** One statement on the suite's database (a connection of its own, closed after): its rows. */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

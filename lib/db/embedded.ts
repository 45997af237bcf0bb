// The embedded default database: PGlite (Postgres compiled to WASM) kept in a folder, served on a
// localhost port by pglite-socket so Prisma's pg adapter talks to it exactly as to a server.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** The Next server's pool on the embedded database: pglite-socket runs one query at a time (a
 * transaction holds the queue for its connection), so more connections only wait longer. */
export const EMBEDDED_POOL_MAX = 4;

/** how a client reaches the embedded database served on `port` */
export function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export interface Embedded {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbedded(dataDir: string, port: number): Promise<Embedded> {
  mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the migrations create it (the queue's search by part of a name)
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 16 });
  await server.start();
  return {
    url: embeddedUrl(port),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

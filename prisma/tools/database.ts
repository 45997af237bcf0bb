// Opens the database the tools work on: DATABASE_URL when set, else the embedded PGlite in DATA_DIR.
import path from "node:path";
import { startEmbedded } from "../../lib/db/embedded";

export const DATA_DIR = path.resolve(process.env.DATA_DIR ?? ".data");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** `embedded` forces the embedded database (in `dataDir`, on `port`) even when DATABASE_URL is set. */
export async function openDatabase(embedded?: { dataDir: string; port: number }): Promise<OpenDatabase> {
  if (process.env.DATABASE_URL && !embedded) return { url: process.env.DATABASE_URL, embedded: false, close: async () => {} };
  const e = await startEmbedded(path.join(embedded?.dataDir ?? DATA_DIR, "pglite"), embedded?.port ?? EMBEDDED_PORT);
  return { url: e.url, embedded: true, close: e.stop };
}

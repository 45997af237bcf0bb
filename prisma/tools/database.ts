// Opens the database the tools work on: DATABASE_URL when set, else the embedded PGlite in DATA_DIR.
import path from "node:path";
import { startEmbedded } from "../../lib/db/embedded";

export const DATA_DIR = path.resolve(process.env.DATA_DIR ?? ".data");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

export async function openDatabase(): Promise<{ url: string; embedded: boolean; close(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, close: async () => {} };
  const e = await startEmbedded(path.join(DATA_DIR, "pglite"), EMBEDDED_PORT);
  return { url: e.url, embedded: true, close: e.stop };
}

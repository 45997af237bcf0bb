// Opens the database the tools work on: DATABASE_URL when set, else the embedded PGlite in DATA_DIR.
// When the portal connects as the app role (DATABASE_URL with user weihai_app), OWNER_DATABASE_URL
// names the owner that migrations and seeds need.
import path from "node:path";
import { startEmbedded } from "../../lib/db/embedded";

export const DATA_DIR = path.resolve(process.env.DATA_DIR ?? ".data");
// below 32768: Linux hands out local ports for outgoing connections from 32768 up, and one of them
// can hold a listening port there (EADDRINUSE; seen in CI at 54420)
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 25432);

export interface OpenDatabase {
  /** what the portal connects with */
  url: string;
  /** what migrations and seeds connect with: OWNER_DATABASE_URL, else `url` */
  ownerUrl: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** `embedded` forces the embedded database (in `dataDir`, on `port`) even when DATABASE_URL is set. */
export async function openDatabase(embedded?: { dataDir: string; port: number }): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (url && !embedded) return { url, ownerUrl: process.env.OWNER_DATABASE_URL ?? url, embedded: false, close: async () => {} };
  // PGlite has one user: every connection is its superuser
  const e = await startEmbedded(path.join(embedded?.dataDir ?? DATA_DIR, "pglite"), embedded?.port ?? EMBEDDED_PORT);
  return { url: e.url, ownerUrl: e.url, embedded: true, close: e.stop };
}

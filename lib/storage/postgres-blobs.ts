import "server-only";
import { db } from "../db/client";

// The PostgreSQL driver: one row per distinct content in "StoredBlob" (bytea), keyed by sha256,
// so every app server on the database reads what any of them stored. Keys are "pg:<sha256>".

export const PG_PREFIX = "pg:";

export async function putPostgresBlob(sha256: string, bytes: Uint8Array): Promise<string> {
  // ON CONFLICT DO NOTHING: the same bytes uploaded twice at once (two servers, a double click)
  // make one row; the second insert waits for the first to commit and then does nothing
  await db.storedBlob.createMany({ data: [{ sha256, bytes: Buffer.from(bytes), size: bytes.length }], skipDuplicates: true });
  return PG_PREFIX + sha256;
}

export async function readPostgresBlob(key: string): Promise<Buffer | null> {
  const sha256 = key.slice(PG_PREFIX.length);
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const row = await db.storedBlob.findUnique({ where: { sha256 }, select: { bytes: true } });
  return row ? Buffer.from(row.bytes) : null;
}

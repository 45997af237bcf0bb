import "server-only";
import { createHash } from "node:crypto";
import { env } from "../env";
import { putDiskBlob, readDiskBlob } from "./disk-blobs";
import { PG_PREFIX, putPostgresBlob, readPostgresBlob } from "./postgres-blobs";

// The one storage module for uploaded files (case attachments, licences): content-addressed by
// sha256. Callers keep the returned key and never build paths themselves. STORAGE_DRIVER picks
// where new files go: "disk" (DATA_DIR/uploads, the embedded default, one server) or "postgres"
// (the StoredBlob table, shared by every app server). A key names its driver ("pg:<sha256>" or
// "<ab>/<sha256>"), so files stored before a switch stay readable.

export interface StoredBlob {
  sha256: string;
  /** where the driver keeps it; store this with the record and pass it back to readBlob */
  key: string;
  size: number;
}

export async function putBlob(bytes: Uint8Array): Promise<StoredBlob> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = env.STORAGE_DRIVER === "postgres" ? await putPostgresBlob(sha256, bytes) : await putDiskBlob(sha256, bytes);
  return { sha256, key, size: bytes.length };
}

/** The bytes stored under `key`; null for a key that leaves the store or names nothing. */
export async function readBlob(key: string): Promise<Buffer | null> {
  return key.startsWith(PG_PREFIX) ? readPostgresBlob(key) : readDiskBlob(key);
}

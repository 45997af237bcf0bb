import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

// The local-disk driver: DATA_DIR/uploads/<ab>/<sha256>. One machine only (the embedded default).

const ROOT = () => path.resolve(env.DATA_DIR, "uploads");

export function diskKey(sha256: string): string {
  return path.join(sha256.slice(0, 2), sha256);
}

export async function putDiskBlob(sha256: string, bytes: Uint8Array): Promise<string> {
  const key = diskKey(sha256);
  const file = path.join(ROOT(), key);
  await mkdir(path.dirname(file), { recursive: true });
  // a temp name of its own: the same bytes stored twice at once (two slots, a double click) must
  // not share one, or the second rename finds it gone; renaming over the same content is harmless
  const tmp = `${file}.${randomBytes(8).toString("hex")}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
  return key;
}

/** null for a key that leaves the store or names nothing */
export async function readDiskBlob(key: string): Promise<Buffer | null> {
  const full = path.resolve(ROOT(), key);
  if (!full.startsWith(ROOT() + path.sep)) return null;
  try {
    return await readFile(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

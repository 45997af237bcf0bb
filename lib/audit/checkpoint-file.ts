// Signed checkpoints of the audit chain's head, kept outside the database: one JSON line each,
// appended to <dir>/<database>.jsonl. Someone who can rewrite the AuditEvent table (and recompute
// every hash) has neither the signing key nor this file. Used by the portal and by audit:verify.
import { createHmac, timingSafeEqual } from "node:crypto";
import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";

export interface Checkpoint {
  v: 1;
  /** 1, 2, 3… within the file */
  n: number;
  database: string;
  /** the newest event covered, its hash, and how many events have an id up to it */
  headId: string;
  headHash: string;
  count: number;
  at: string;
  reason: string;
  /** HMAC-SHA256 (hex) over the fields above */
  sig: string;
}

/** what a receipt shows: enough to find the checkpoint in the file and compare it by eye */
export interface CheckpointRef {
  n: number;
  headId: string;
  sig: string;
  at: string;
}

function signedText(c: Omit<Checkpoint, "sig">): string {
  return JSON.stringify(["weihai-audit-checkpoint", c.v, c.n, c.database, c.headId, c.headHash, c.count, c.at, c.reason]);
}

function hmac(key: string, c: Omit<Checkpoint, "sig">): string {
  return createHmac("sha256", key).update(signedText(c)).digest("hex");
}

export function signCheckpoint(key: string, c: Omit<Checkpoint, "sig">): Checkpoint {
  return { ...c, sig: hmac(key, c) };
}

export function checkpointSignatureOk(key: string, c: Checkpoint): boolean {
  const want = Buffer.from(hmac(key, c), "hex");
  const got = Buffer.from(typeof c.sig === "string" ? c.sig : "", "hex");
  return got.length === want.length && timingSafeEqual(got, want);
}

export function checkpointRef(c: Checkpoint): CheckpointRef {
  return { n: c.n, headId: c.headId, sig: c.sig.slice(0, 12), at: c.at };
}

/** one file per database, so the test databases and the demo's never mix on a shared directory */
export function checkpointFile(dir: string, database: string): string {
  return path.join(dir, `${database.replace(/[^A-Za-z0-9_.-]/g, "_")}.jsonl`);
}

function parse(line: string): Checkpoint | null {
  try {
    const c = JSON.parse(line) as Checkpoint;
    return c && c.v === 1 && typeof c.n === "number" && typeof c.headId === "string" ? c : null;
  } catch {
    return null;
  }
}

/** every checkpoint in the file, in order; a line that is not one is reported by its number */
export function readCheckpoints(file: string): { checkpoints: Checkpoint[]; badLine: number | null } {
  if (!existsSync(file)) return { checkpoints: [], badLine: null };
  const lines = readFileSync(file, "utf8").split("\n");
  const checkpoints: Checkpoint[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const c = parse(lines[i]);
    if (!c) return { checkpoints, badLine: i + 1 };
    checkpoints.push(c);
  }
  return { checkpoints, badLine: null };
}

/** the last checkpoint, read from the file's tail (the file only grows) */
export function lastCheckpoint(file: string): Checkpoint | null {
  if (!existsSync(file)) return null;
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const len = Math.min(size, 64 * 1024);
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, size - len);
    const lines = buf.toString("utf8").split("\n").filter((l) => l.trim());
    for (let i = lines.length - 1; i >= 0; i--) {
      const c = parse(lines[i]);
      if (c) return c;
    }
    return null;
  } finally {
    closeSync(fd);
  }
}

export function appendCheckpoint(file: string, c: Checkpoint): void {
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, JSON.stringify(c) + "\n", { mode: 0o600 });
}

/** a reference read back from the database (Payment.checkpoint), or null when it is not one */
export function asCheckpointRef(v: unknown): CheckpointRef | null {
  const r = v as CheckpointRef | null;
  return r && typeof r === "object" && typeof r.n === "number" && typeof r.headId === "string" && typeof r.sig === "string" ? r : null;
}

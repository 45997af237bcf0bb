// Integration setup (vitest.config.ts): each test file keeps its audit checkpoints in a temporary
// directory of its own, signed with a throwaway key, never in the checkout's .data/. Periodic
// checkpoints are off (a timer outliving the file's database); the tests write them explicitly.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "wh-audit-checkpoints-"));
process.env.AUDIT_CHECKPOINT_DIR = dir;
process.env.AUDIT_SIGNING_KEY = randomBytes(32).toString("hex");
process.env.AUDIT_CHECKPOINT_MINUTES = "0";

afterAll(() => rmSync(dir, { recursive: true, force: true }));

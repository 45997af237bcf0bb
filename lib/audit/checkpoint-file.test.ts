import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appendCheckpoint, asCheckpointRef, checkpointFile, checkpointRef, checkpointSignatureOk, lastCheckpoint, readCheckpoints, signCheckpoint } from "./checkpoint-file";

const dir = mkdtempSync(path.join(tmpdir(), "wh-checkpoint-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KEY = "k".repeat(32);
const base = { v: 1 as const, n: 1, database: "weihai", headId: "41", headHash: "a".repeat(64), count: 40, at: "2026-12-04T00:00:00.000Z", reason: "payment" };

describe("checkpoint file", () => {
  it("a signature holds only for the same fields and key", () => {
    const c = signCheckpoint(KEY, base);
    expect(checkpointSignatureOk(KEY, c)).toBe(true);
    expect(checkpointSignatureOk("x".repeat(32), c)).toBe(false);
    for (const change of [{ headId: "42" }, { headHash: "b".repeat(64) }, { count: 39 }, { n: 2 }, { database: "other" }, { sig: "00" }]) {
      expect(checkpointSignatureOk(KEY, { ...c, ...change })).toBe(false);
    }
  });

  it("one file per database; the last line is read from the tail; a torn line is named", () => {
    const file = checkpointFile(dir, "wh/test db");
    expect(path.basename(file)).toBe("wh_test_db.jsonl");
    expect(lastCheckpoint(file)).toBeNull();
    for (let n = 1; n <= 500; n++) appendCheckpoint(file, signCheckpoint(KEY, { ...base, n, headId: String(40 + n) }));
    expect(lastCheckpoint(file)).toMatchObject({ n: 500, headId: "540" });
    expect(readCheckpoints(file)).toMatchObject({ badLine: null, checkpoints: { length: 500 } });
    appendFileSync(file, '{"v":1,"n":501,"head');
    expect(lastCheckpoint(file)).toMatchObject({ n: 500 });
    expect(readCheckpoints(file).badLine).toBe(501);
  });

  it("a receipt's reference is short and read back safely", () => {
    const ref = checkpointRef(signCheckpoint(KEY, base));
    expect(ref).toEqual({ n: 1, headId: "41", sig: expect.stringMatching(/^[0-9a-f]{12}$/), at: base.at });
    expect(asCheckpointRef(JSON.parse(JSON.stringify(ref)))).toEqual(ref);
    expect(asCheckpointRef(null)).toBeNull();
    expect(asCheckpointRef({ n: "1" })).toBeNull();
  });
});

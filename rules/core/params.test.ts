import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { engine, evaluate } from "../index";
import { makeInput } from "../testing/builders";
import { DEFAULT_LPR, defaultParams, hashParams, lprFor, mergeParams } from "./params";
import type { RuleParams } from "./types";

const base = (): RuleParams => defaultParams({ "c01-municipal-platform": ["excellent", "good"], "c31-pilot-base": ["excellent", "good"] });

/** the same value with every object's keys in reverse order */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reordered((v as Record<string, unknown>)[k])]));
  return v;
}

describe("params hash", () => {
  it("is the same for the same params whatever the key order", () => {
    const p = base();
    const q = reordered(p) as RuleParams;
    expect(JSON.stringify(q)).not.toBe(JSON.stringify(p));
    expect(hashParams(q)).toBe(hashParams(p));
    expect(hashParams(p)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes when any parameter changes", () => {
    const p = base();
    const variants: RuleParams[] = [
      { ...p, blacklistCheck: false },
      { ...p, noticeDays: 8 },
      { ...p, lpr: { ...p.lpr, knownThrough: "2026-12" } },
      { ...p, lpr: { ...p.lpr, entries: [...p.lpr.entries.slice(0, -1), { from: "2025-05", bp: 301 }] } },
      { ...p, lpr: { ...p.lpr, entries: [...p.lpr.entries, { from: "2026-01", bp: 290 }] } },
      { ...p, eligibleGrades: { ...p.eligibleGrades, "c31-pilot-base": ["excellent"] } },
      { ...p, eligibleGrades: { ...p.eligibleGrades, "c11-university-joint-rnd": ["excellent"] } },
    ];
    const hashes = [p, ...variants].map(hashParams);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("is recorded on every decision: default params give the default hash, overrides their own", () => {
    const facts = { eventDate: "2025-01-01" };
    const plain = evaluate(makeInput("c01-provincial-innovation-community", facts));
    expect(plain.paramsHash).toBe(engine.defaultsHash);
    // an override equal to the default is the same parameter set
    expect(evaluate(makeInput("c01-provincial-innovation-community", facts, { params: { blacklistCheck: true, noticeDays: 7 } })).paramsHash).toBe(engine.defaultsHash);
    const a = evaluate(makeInput("c01-provincial-innovation-community", facts, { params: { noticeDays: 10, blacklistCheck: false } }));
    const b = evaluate(makeInput("c01-provincial-innovation-community", facts, { params: { blacklistCheck: false, noticeDays: 10 } }));
    expect(a.paramsHash).not.toBe(engine.defaultsHash);
    expect(b.paramsHash).toBe(a.paramsHash);
    expect(a.rulesetVersion).toMatch(/^2023-5\./);
  });
});

describe("mergeParams", () => {
  it("never throws on garbage and always yields complete params", () => {
    fc.assert(fc.property(fc.anything(), fc.record({ lpr: fc.anything(), eligibleGrades: fc.anything(), blacklistCheck: fc.anything(), noticeDays: fc.anything() }, { requiredKeys: [] }), (junk, partial) => {
      for (const over of [junk, partial]) {
        const p = mergeParams(base(), over as never);
        expect(typeof p.blacklistCheck).toBe("boolean");
        expect(Number.isInteger(p.noticeDays) && p.noticeDays >= 0).toBe(true);
        expect(p.lpr.knownThrough).toMatch(/^\d{4}-\d{2}$/);
        for (const e of p.lpr.entries) expect(Number.isInteger(e.bp) && /^\d{4}-\d{2}$/.test(e.from)).toBe(true);
        expect(hashParams(p)).toMatch(/^[0-9a-f]{16}$/);
      }
    }), { numRuns: 300 });
  });

  it("overrides field by field and keeps the rest", () => {
    const p = mergeParams(base(), { noticeDays: 10, eligibleGrades: { "c31-pilot-base": ["excellent"] } });
    expect(p.noticeDays).toBe(10);
    expect(p.blacklistCheck).toBe(true);
    expect(p.eligibleGrades["c31-pilot-base"]).toEqual(["excellent"]);
    expect(p.eligibleGrades["c01-municipal-platform"]).toEqual(["excellent", "good"]);
    expect(p.lpr.entries).toEqual(DEFAULT_LPR);
  });
});

describe("LPR table", () => {
  const p = base();
  it.each([
    ["2022-07", null], ["2022-08", 365], ["2023-05", 365], ["2023-06", 355], ["2023-07", 355], ["2023-08", 345],
    ["2024-07", 335], ["2024-10", 310], ["2025-05", 300], ["2026-11", 300], ["2026-12", null],
  ])("%s -> %s", (month, bp) => expect(lprFor(p, month)).toBe(bp));

  it("an admin can extend it per round", () => {
    const q = mergeParams(p, { lpr: { entries: [...DEFAULT_LPR, { from: "2027-01", bp: 280 }], knownThrough: "2027-06" } });
    expect(lprFor(q, "2027-03")).toBe(280);
    expect(lprFor(q, "2026-12")).toBe(300);
    expect(lprFor(q, "2027-07")).toBeNull();
  });
});

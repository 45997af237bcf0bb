// Properties every measure must have, checked with fast-check over the whole catalog
// (written against MEASURES, so a new measure is covered the moment it is registered).
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { deriveFacts } from "./core/checks";
import { badFields } from "./core/fields";
import { CASE_STATUSES, ORG_TYPES, type Decision, type EvalInput } from "./core/types";
import { factsSchema } from "./core/fields-zod";
import { evaluate, MEASURES, type MeasureDef } from "./index";
import { anyFactsArb, factsArb, moneyArb } from "./testing/arbitrary-facts";
import { makeApplicant } from "./testing/builders";

// property runs are CPU-bound: on a busy 2-core machine they can take far longer than 5 s
vi.setConfig({ testTimeout: 60_000 });

const RUNS = 150;

/** The decision is well formed; reasons explain it; nothing is an internal error. */
function wellFormed(d: Decision, m: MeasureDef | undefined): void {
  expect(typeof d.eligible).toBe("boolean");
  expect(Number.isInteger(d.ceilingFen)).toBe(true);
  expect(d.ceilingFen).toBeGreaterThanOrEqual(0);
  if (m) expect(d.ceilingFen).toBeLessThanOrEqual(m.maxFen);
  if (!d.eligible) expect(d.ceilingFen).toBe(0);
  if (d.eligible) expect(d.ceilingFen).toBeGreaterThan(0);
  expect(d.reasons.length).toBeGreaterThan(0);
  for (const r of d.reasons) {
    expect(typeof r.clause).toBe("number");
    expect(Number.isInteger(r.clause)).toBe(true);
    expect(typeof r.zh === "string" && r.zh.length > 0).toBe(true);
    expect(typeof r.en === "string" && r.en.length > 0).toBe(true);
    expect(typeof r.ok).toBe("boolean");
  }
  expect(d.reasons.some((r) => !r.ok)).toBe(!d.eligible);
  expect(d.reasons.map((r) => r.code)).not.toContain("internal_error");
  expect(Array.isArray(d.trace)).toBe(true);
  expect(() => JSON.stringify(d)).not.toThrow();
}

const historyEntryArb = (m: MeasureDef): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.record({
      measure: fc.constantFrom(m.id, "c09-rnd-increment", "other"),
      subject: fc.constantFrom("s1", "s2"),
      year: fc.oneof(fc.integer({ min: 2020, max: 2030 }), fc.jsonValue()),
      awardedFen: fc.oneof(fc.integer({ min: 0, max: m.maxFen }), fc.jsonValue(), fc.double()),
      status: fc.constantFrom(...CASE_STATUSES, "bogus"),
    }, { requiredKeys: [] }),
    fc.anything(),
  );

const applicantArb = (m: MeasureDef): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.record({ orgType: fc.constantFrom(...m.orgTypes, ...ORG_TYPES), registeredInCity: fc.boolean(), creditBlacklisted: fc.boolean() }),
    fc.record({ orgType: fc.anything(), registeredInCity: fc.anything(), creditBlacklisted: fc.anything() }, { requiredKeys: [] }),
    fc.anything(),
  );

const paramsArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.anything(),
  fc.record({
    lpr: fc.oneof(fc.anything(), fc.record({ entries: fc.array(fc.record({ from: fc.oneof(fc.constantFrom("2023-06", "2024-10", "2099-01"), fc.string()), bp: fc.oneof(fc.nat(1000), fc.anything()) })), knownThrough: fc.oneof(fc.constantFrom("2025-01", "2030-12"), fc.anything()) }, { requiredKeys: [] })),
    eligibleGrades: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...MEASURES.map((x) => x.id)), fc.array(fc.oneof(fc.constantFrom("excellent", "good", "pass", "fail"), fc.anything())))),
    blacklistCheck: fc.anything(),
    noticeDays: fc.anything(),
  }, { requiredKeys: [] }),
);

/** A clean case for m: an admitted applicant in Weihai, no history, default params. */
const clean = (m: MeasureDef, facts: unknown): EvalInput =>
  ({ measure: m.id, applicant: makeApplicant({ orgType: m.orgTypes[0] }), subject: "s1", facts, history: [] });

describe("rules engine over arbitrary input", () => {
  it("never throws on any input at all, and answers unknown_measure or invalid facts", () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const d = evaluate(input as EvalInput);
      wellFormed(d, undefined);
      expect(d.eligible).toBe(false);
    }), { numRuns: 500 });
  });

  it("names an unknown measure", () => {
    fc.assert(fc.property(fc.string().filter((s) => !MEASURES.some((m) => m.id === s)), (id) => {
      const d = evaluate({ measure: id, applicant: makeApplicant(), subject: "x", facts: {}, history: [] });
      expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
      expect(d.reasons.map((r) => r.code)).toEqual(["unknown_measure"]);
    }), { numRuns: 100 });
  });
});

describe.each(MEASURES.map((m) => [m.id, m] as const))("%s", (_id, m) => {
  // valid facts leaning towards eligible ones, with the facts other answers settle derived from them (c09's year end)
  const likelyArb = factsArb(m.fields, true).map((f) => deriveFacts(m, f));
  it("never throws on arbitrary facts, applicant, history and params; decisions are well formed", () => {
    fc.assert(fc.property(
      fc.oneof(likelyArb, anyFactsArb(m.fields)), applicantArb(m), fc.anything(),
      fc.oneof(fc.array(historyEntryArb(m), { maxLength: 6 }), fc.anything()), paramsArb,
      (facts, applicant, subject, history, params) => {
        const d = evaluate({ measure: m.id, applicant, subject, facts, history, params } as EvalInput);
        wellFormed(d, m);
      },
    ), { numRuns: RUNS });
  });

  it("is eligible for some valid facts (the rule can pay at all)", () => {
    const samples = fc.sample(likelyArb, { numRuns: 400, seed: 42 });
    expect(samples.some((f) => evaluate(clean(m, f)).eligible)).toBe(true);
  });

  it("ceiling is an integer in [0, maxFen] and 0 when ineligible", () => {
    fc.assert(fc.property(likelyArb, (facts) => wellFormed(evaluate(clean(m, facts)), m)), { numRuns: RUNS });
  });

  const moneyFields = m.fields.filter((f) => f.kind === "money").map((f) => f.name);
  if (m.kind === "fixed") {
    it("a fixed award does not vary with the money amounts", () => {
      const other = fc.record(Object.fromEntries(moneyFields.map((n) => [n, moneyArb])));
      fc.assert(fc.property(likelyArb, other, (facts, money) => {
        const a = evaluate(clean(m, facts));
        const b = evaluate(clean(m, { ...facts, ...money }));
        if (a.eligible) expect(a.fixed).toBe(true);
        if (a.eligible && b.eligible) expect(b.ceilingFen).toBe(a.ceilingFen);
      }), { numRuns: RUNS });
    });
  }

  for (const field of m.monotoneIn) {
    it(`ceiling never decreases when ${field} grows`, () => {
      expect(moneyFields).toContain(field); // monotoneIn names money facts
      const delta = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1e13 }));
      fc.assert(fc.property(likelyArb, delta, (facts, dx) => {
        const x = facts[field] as number;
        const up = { ...facts, [field]: Math.min(1e15, x + dx) };
        expect(evaluate(clean(m, up)).ceilingFen).toBeGreaterThanOrEqual(evaluate(clean(m, facts)).ceilingFen);
      }), { numRuns: RUNS });
    });
  }

  it("the zod factsSchema and the fast validator agree", () => {
    const schema = factsSchema(m.fields);
    fc.assert(fc.property(fc.oneof(anyFactsArb(m.fields), factsArb(m.fields), fc.anything()), (facts) => {
      const zod = schema.safeParse(facts);
      const fast = badFields(m.fields, facts);
      expect(fast.length === 0).toBe(zod.success);
      if (!zod.success && facts !== null && typeof facts === "object" && !Array.isArray(facts)) {
        const zodNames = [...new Set(zod.error.issues.map((i) => String(i.path[0])))].sort();
        expect(fast.map((b) => b.name).sort()).toEqual(zodNames);
      }
    }), { numRuns: RUNS * 2 });
  });
});

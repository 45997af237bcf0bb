import { describe, expect, it } from "vitest";
import { MEASURES } from "../index";
import { mulberry32, validFacts, invalidFacts } from "../testing/arbitrary-facts";
import { award, makeApplicant, makeInput } from "../testing/builders";
import { createEngine } from "./engine";
import { bool, date, money } from "./fields";
import { badFieldsZod, factsSchema } from "./fields-zod";
import { defineMeasure, type MeasureDef } from "./measure";
import type { EvalInput } from "./types";

const base = {
  clause: 99, title: { zh: "测试", en: "Test" }, summary: { zh: "测试", en: "Test" }, quote: "测试条款",
  orgTypes: ["enterprise"], leadBureau: "sci-tech", coBureaus: [], documents: [], monotoneIn: [],
  fields: [money("amountFen", "金额", "Amount"), bool("ok", "是否", "OK"), date("eventDate", "日期", "Date")],
} as const;

const pays = defineMeasure<{ amountFen: number; ok: boolean; eventDate: string }>({
  ...base, id: "t-pays", kind: "formula", once: true, annualCapFen: 1000, maxFen: 1000,
  rule(f, ctx) {
    ctx.check(f.ok, "ok", f.ok ? "可以" : "不可以", f.ok ? "ok" : "not ok");
    ctx.step("amount", { amountFen: f.amountFen }, f.amountFen);
    return { ceilingFen: Math.min(f.amountFen, 1000), fixed: false };
  },
});
const lifetime = defineMeasure({ ...base, id: "t-lifetime", kind: "formula", once: false, lifetimeCapFen: 500, maxFen: 500, capYear: () => { throw new Error("no"); }, rule: (f) => ({ ceilingFen: Math.min(f.amountFen, 500), fixed: false }) });
const throws = defineMeasure({ ...base, id: "t-throws", kind: "ceiling", once: false, maxFen: 1, rule: () => { throw new Error("boom"); } });
const nan = defineMeasure({ ...base, id: "t-nan", kind: "ceiling", once: false, maxFen: 1, rule: () => ({ ceilingFen: NaN, fixed: false }) });
const engine = createEngine([pays, lifetime, throws, nan] as unknown as MeasureDef[]);
const facts = { amountFen: 700, ok: true, eventDate: "2025-06-30" };
const failing = (d: { reasons: { ok: boolean; code: string }[] }) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe("engine", () => {
  it("decides, explains and traces", () => {
    const d = engine.evaluate(makeInput("t-pays", facts));
    expect(d).toMatchObject({ measure: "t-pays", eligible: true, ceilingFen: 700, fixed: false, rulesetVersion: expect.any(String), paramsHash: engine.defaultsHash });
    expect(d.reasons.map((r) => r.code)).toEqual(["registered_in_city", "org_type", "credit_blacklist", "policy_window", "ok", "once_per_subject", "annual_cap"]);
    expect(d.reasons.every((r) => r.clause === 99 && r.ok)).toBe(true);
    expect(d.trace.map((t) => t.step)).toEqual(["policy_window", "amount", "measure_ceiling", "once_per_subject", "annual_cap"]);
    expect(d.trace[1]).toEqual({ step: "amount", inputs: { amountFen: 700 }, result: 700 });
  });

  it("names every bad field and still reports the applicant checks", () => {
    const d = engine.evaluate({ measure: "t-pays", facts: { amountFen: -1, eventDate: "2025-02-30" } } as never);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    const bad = d.reasons.filter((r) => r.code === "invalid_fact");
    expect(bad.map((r) => r.en)).toEqual(['Field "amountFen" is invalid (clause 99)', 'Field "ok" is missing (clause 99)', 'Field "eventDate" is invalid (clause 99)']);
    expect(bad[1].zh).toBe("填报项「ok」缺失（第99条）");
    expect(failing(d)).toEqual(["invalid_fact", "invalid_fact", "invalid_fact", "registered_in_city", "org_type", "credit_blacklist"]);
    expect(d.trace).toEqual([{ step: "validate_facts", inputs: { fields: 3 }, result: [{ name: "amountFen", problem: "invalid" }, { name: "ok", problem: "missing" }, { name: "eventDate", problem: "invalid" }] }]);
  });

  it.each([null, undefined, 3, "x", [], [facts]])("facts %j that are not an object are one bad field", (f) => {
    const d = engine.evaluate(makeInput("t-pays", f as never));
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "facts" is invalid (clause 99)']);
  });

  it.each([null, undefined, 0, "t-pays", [], { measure: 5 }, { measure: "c00-nope" }])("input %j is an unknown measure, never a throw", (input) => {
    const d = engine.evaluate(input as never);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["unknown_measure"]);
  });

  it("ignores garbage in history and counts only approved or paid awards", () => {
    const history = [null, 7, "x", [], { measure: "t-pays" }, award("t-pays", 2025, 300, { status: "submitted" }), award("t-pays", 2025, "100" as never), award("t-pays", 2025, 200, { status: "paid" })];
    const d = engine.evaluate(makeInput("t-pays", facts, { history: history as never }));
    expect(d.ceilingFen).toBe(700);
    expect(d.reasons.find((r) => r.code === "annual_cap")?.en).toBe("Annual cap ¥10.00 for 2025: ¥2.00 used, ¥8.00 left (clause 99)");
    expect(engine.evaluate(makeInput("t-pays", facts, { history: "nope" as never })).ceilingFen).toBe(700);
  });

  it("pays once per subject", () => {
    const d = engine.evaluate(makeInput("t-pays", facts, { history: [award("t-pays", 2023, 1, { subject: "subject-1", status: "paid" })] }));
    expect(failing(d)).toEqual(["once_per_subject"]);
    expect(d.reasons.find((r) => r.code === "once_per_subject")?.zh).toBe("“subject-1”已获本条支持，不得重复享受（第99条）");
  });

  it("applies a lifetime cap across years (and survives a throwing capYear)", () => {
    const h = [award("t-lifetime", 2023, 200), award("t-lifetime", 2024, 250, { status: "paid" })];
    expect(engine.evaluate(makeInput("t-lifetime", facts, { history: h })).ceilingFen).toBe(50);
    const used = engine.evaluate(makeInput("t-lifetime", facts, { history: [...h, award("t-lifetime", 2025, 50)] }));
    expect(failing(used)).toEqual(["lifetime_cap"]);
  });

  it("turns a throwing rule or a nonsense amount into an internal_error decision", () => {
    for (const id of ["t-throws", "t-nan"]) {
      const d = engine.evaluate(makeInput(id, facts));
      expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
      expect(failing(d)).toEqual(["internal_error"]);
      expect(d.trace.find((t) => t.step === "error")).toBeDefined();
    }
  });

  it("ineligible when the computed amount is 0", () => {
    expect(failing(engine.evaluate(makeInput("t-pays", { ...facts, amountFen: 0 })))).toEqual(["zero_ceiling"]);
  });
});

describe("engine variants used by the benchmark decide exactly alike", () => {
  const rng = mulberry32(3);
  const cases = MEASURES.flatMap((m) => [0, 1, 2, 3].map((i) => makeInput(m.id, i === 3 ? invalidFacts(m.fields, rng).facts : validFacts(m.fields, rng), { applicant: makeApplicant({ orgType: m.orgTypes[0] }) })));
  const fast = createEngine(MEASURES);
  it("untraced: same reasons and amounts, no trace", () => {
    const untraced = createEngine(MEASURES, { trace: false });
    for (const c of cases) {
      const a = fast.evaluate(c), b = untraced.evaluate(c);
      expect(b.trace).toEqual([]);
      expect({ ...b, trace: a.trace }).toEqual(a);
    }
  });
  it("without reasons: the same eligibility, ceiling and fixed flag, no reasons", () => {
    const bare = createEngine(MEASURES, { trace: false, reasons: false });
    // the same cases once more, each after an earlier award of its own measure and subject (the once,
    // annual and lifetime checks fail)
    const year = (c: EvalInput) => Number(String((c.facts as { eventDate?: unknown }).eventDate ?? "2025").slice(0, 4));
    const awarded = cases.map((c) => ({ ...c, history: [award(c.measure as string, year(c), 1_000_000_000, { subject: c.subject as string })] }));
    let ineligible = 0;
    for (const c of [...cases, ...awarded]) {
      const a = fast.evaluate(c), b = bare.evaluate(c);
      expect(b.reasons).toEqual([]);
      expect({ eligible: b.eligible, ceilingFen: b.ceilingFen, fixed: b.fixed, paramsHash: b.paramsHash }).toEqual({ eligible: a.eligible, ceilingFen: a.ceilingFen, fixed: a.fixed, paramsHash: a.paramsHash });
      if (!a.eligible) ineligible++;
    }
    // both verdicts are among the cases compared
    expect(ineligible).toBeGreaterThan(0);
    expect(ineligible).toBeLessThan(cases.length * 2);
  });
  it("zod factsSchema as validator: identical decisions", () => {
    const zod = createEngine(MEASURES, { validator: (m) => { const s = factsSchema(m.fields); return (f) => badFieldsZod(s, f); } });
    for (const c of cases) expect(zod.evaluate(c)).toEqual(fast.evaluate(c));
  });
});

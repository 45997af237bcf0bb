// The CLI is a contract used by acceptance checks: its output must be exactly what the library
// decides for the same cases, and only a non-array stdin may fail.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, MEASURES } from "../index";
import { invalidFacts, mulberry32, validFacts } from "../testing/arbitrary-facts";
import { award, makeApplicant } from "../testing/builders";

const ROOT = path.resolve(import.meta.dirname, "../..");

function runCli(script: string, input: string) {
  const r = spawnSync("npx", ["tsx", script], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function batch(): unknown[] {
  const rng = mulberry32(7);
  const cases: unknown[] = [];
  MEASURES.forEach((m, i) => {
    cases.push({ id: `${m.id}/valid`, measure: m.id, applicant: makeApplicant({ orgType: m.orgTypes[0] }), subject: "s1", facts: validFacts(m.fields, rng), history: [] });
    cases.push({
      id: i, measure: m.id, applicant: makeApplicant({ orgType: m.orgTypes[m.orgTypes.length - 1] }), subject: "s2",
      facts: validFacts(m.fields, rng), history: [award(m.id, 2025, 1_000_000, { subject: "s2" }), award(m.id, 2024, 500, { status: "rejected" })],
      params: { blacklistCheck: false, eligibleGrades: { [m.id]: ["excellent"] } },
    });
    cases.push({ id: `${m.id}/invalid`, measure: m.id, applicant: makeApplicant({ registeredInCity: false }), subject: "s3", facts: invalidFacts(m.fields, rng).facts, history: [] });
  });
  cases.push({ id: "unknown", measure: "c99-nothing", applicant: makeApplicant(), subject: "x", facts: {}, history: [] });
  cases.push({ id: "bare" }, 42, null, "text", [1, 2], { id: "no-applicant", measure: MEASURES[0]?.id, facts: null, history: [null, 3, { measure: 1 }] });
  return cases;
}

function runCliAsync(script: string, input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn("npx", ["tsx", script], { cwd: ROOT });
    let stdout = "", stderr = "";
    p.stdout.on("data", (b) => (stdout += b));
    p.stderr.on("data", (b) => (stderr += b));
    p.on("close", (status) => resolve({ status, stdout, stderr }));
    p.stdin.end(input);
  });
}

/** What the library says, shaped as the CLI's rows. */
function expected(cases: unknown[]) {
  return cases.map((c) => {
    if (c === null || typeof c !== "object" || Array.isArray(c)) return { id: null, measure: null, eligible: false, ceilingFen: 0, fixed: false };
    const o = c as Record<string, unknown>;
    const d = evaluate(o as never);
    return {
      id: o.id ?? null, measure: typeof o.measure === "string" ? o.measure : null,
      eligible: d.eligible, ceilingFen: d.ceilingFen, fixed: d.fixed, reasons: d.reasons, trace: d.trace,
    };
  });
}

describe("rules CLI", () => {
  it("rules:eval outputs what the library decides, in order, for a batch across all measures", () => {
    const cases = batch();
    const r = runCli("rules/cli/eval.ts", JSON.stringify(cases));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(cases.length);
    const exp = JSON.parse(JSON.stringify(expected(cases))) as Record<string, unknown>[];
    out.forEach((row, i) => {
      expect(Object.keys(row).sort()).toEqual(["ceilingFen", "eligible", "fixed", "id", "measure", "reasons", "trace"]);
      if ("reasons" in exp[i]) expect(row).toEqual(exp[i]);
      else {
        // not an object: ineligible with a reason saying so
        expect(row).toMatchObject(exp[i]);
        expect(row.reasons).toEqual([expect.objectContaining({ code: "invalid_case", ok: false })]);
      }
    });
    // the batch exercised both outcomes, so equality above is not vacuous
    expect(out.some((row) => row.eligible === true)).toBe(true);
    expect(out.find((row) => row.id === "unknown")?.reasons).toEqual([expect.objectContaining({ code: "unknown_measure" })]);
  }, 60_000);

  it.concurrent.each([
    ["an object", '{"id":1}'],
    ["a number", "42"],
    ["null", "null"],
    ["invalid JSON", "[{"],
    ["nothing", ""],
  ])("rules:eval exits 1 with a message when stdin is %s", async (_what, input) => {
    const r = await runCliAsync("rules/cli/eval.ts", input);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/rules:eval: .*JSON array/);
  }, 60_000);

  it("rules:eval accepts an empty array", () => {
    const r = runCli("rules/cli/eval.ts", "[]");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 60_000);

  it("rules:list prints the catalog", () => {
    const r = runCli("rules/cli/list.ts", "");
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows).toEqual(MEASURES.map((m) => ({ id: m.id, clause: m.clause, kind: m.kind, leadBureau: m.leadBureau, orgTypes: [...m.orgTypes] })));
  }, 60_000);
});

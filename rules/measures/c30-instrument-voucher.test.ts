import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c30-instrument-voucher";
const base = { isSme: true, inProvincialIncubator: false, serviceFeesFen: 4_567_893, eventDate: "2024-08-08" };
const team = makeApplicant({ orgType: "team" });
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays an SME 20% of the instrument service fees, floored to the fen", () => {
    // 4,567,893 × 20 / 100 = 913,578.6
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 913_578, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥9,135.78");
  });
  it("pays a start-up team in a provincial incubator", () => {
    expect(run({ isSme: false, inProvincialIncubator: true }, { applicant: team })).toMatchObject({ eligible: true, ceilingFen: 913_578 });
  });
  it("an enterprise must itself be an SME: being in an incubator is the teams' route", () => {
    expect(failing(run({ isSme: false, inProvincialIncubator: true }))).toEqual(["sme_or_incubated_team"]);
  });
  it("a team must be in a provincial incubator: ticking SME does not replace it", () => {
    expect(failing(run({ isSme: true, inProvincialIncubator: false }, { applicant: team }))).toEqual(["sme_or_incubated_team"]);
  });
  it("a team outside a provincial incubator gets nothing", () => {
    const d = run({ isSme: false, inProvincialIncubator: false }, { applicant: team });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["sme_or_incubated_team"]);
  });
  it("has no cap of its own", () => {
    expect(run({ serviceFeesFen: 1_000_000_000 }).ceilingFen).toBe(200_000_000);
  });
  it.each([
    [{ isSme: false }, ["sme_or_incubated_team"]],
    [{ serviceFeesFen: 4 }, ["zero_ceiling"]],
    [{ eventDate: "2023-07-12" }, ["policy_window"]],
    [{ eventDate: "2028-07-13" }, ["policy_window"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(codes);
  });
  it("5 fen of fees is the smallest amount that pays (1 fen)", () => {
    expect(run({ serviceFeesFen: 5 }).ceilingFen).toBe(1);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
  });
  it("is per case: earlier awards do not reduce it", () => {
    expect(run({}, { history: [award(ID, 2024, 913_578, { subject: "subject-1" })] }).ceilingFen).toBe(913_578);
  });
  it("enterprises and teams only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ inProvincialIncubator: 1, serviceFeesFen: undefined } as never);
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([
      'Field "inProvincialIncubator" is invalid (clause 30)',
      'Field "serviceFeesFen" is missing (clause 30)',
    ]);
  });
});

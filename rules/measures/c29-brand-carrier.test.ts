import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c29-brand-carrier";
const base = { brandType: "incubator", eventDate: "2024-11-11" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("a fixed ¥100,000 for a brand incubator", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 10_000_000, fixed: true });
  });
  it("a fixed ¥50,000 for a brand maker space", () => {
    const d = run({ brandType: "maker_space" });
    expect(d).toMatchObject({ eligible: true, ceilingFen: 5_000_000, fixed: true });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("品牌众创空间");
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once (一次性) per carrier", () => {
    const d = run({}, { history: [award(ID, 2024, 10_000_000, { subject: "subject-1", status: "paid" })] });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0, fixed: true });
    expect(failing(d)).toEqual(["once_per_subject"]);
    expect(run({}, { history: [award(ID, 2024, 10_000_000, { subject: "subject-1", status: "withdrawn" })] }).ceilingFen).toBe(10_000_000);
  });
  it("wrong organisation type", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "team" }) }))).toEqual(["org_type"]);
  });
  it("names the bad field", () => {
    const d = run({ brandType: "accelerator" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0, fixed: true });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "brandType" is invalid (clause 29)']);
  });
});

import { describe, expect, it } from "vitest";
import { evaluate, MEASURES } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c19-talent-service-agency";
const base = { commissioned: true, eventDate: "2025-01-20" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("up to ¥500,000 in service fees for a commissioned agency", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥500,000.00");
  });
  it("is reviewed by the Organisation Department", () => {
    expect(MEASURES.find((m) => m.id === ID)?.leadBureau).toBe("org-dept");
  });
  it("must be commissioned", () => {
    const d = run({ commissioned: false });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["commissioned"]);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not once-only: an earlier paid commission does not block the next", () => {
    const d = run({}, { history: [award(ID, 2025, 50_000_000, { subject: "subject-1", status: "paid" })] });
    expect(d).toMatchObject({ eligible: true, ceilingFen: 50_000_000 });
  });
  it("admits enterprises and social organisations", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ commissioned: null } as never);
    expect(d.eligible).toBe(false);
    const bad = d.reasons.filter((r) => r.code === "invalid_fact");
    expect(bad).toHaveLength(1);
    expect(bad[0].zh).toMatch(/commissioned.*格式或取值无效/);
    expect(bad[0].clause).toBe(19);
  });
});

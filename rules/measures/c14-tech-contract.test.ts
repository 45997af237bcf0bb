import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c14-tech-contract";
const base = {
  contractType: "development", registered: true, sellerType: "university", sellerInCity: true,
  buyerIsTechEnterprise: true, amountPaidFen: 200_000_000, eventDate: "2025-06-30",
};
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays up to 5% of the amount paid", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 10_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥2,000,000.00 × 5% = ¥100,000.00");
  });
  it("transfer contracts and research-institute sellers qualify too", () => {
    expect(run({ contractType: "transfer", sellerType: "research_institute" }).ceilingFen).toBe(10_000_000);
  });
  it("floors 5% to the fen", () => {
    expect(run({ amountPaidFen: 39 }).ceilingFen).toBe(1);
    expect(run({ amountPaidFen: 20 }).ceilingFen).toBe(1);
    expect(failing(run({ amountPaidFen: 19 }))).toEqual(["zero_ceiling"]);
    expect(run({ amountPaidFen: 599_999_999 }).ceilingFen).toBe(29_999_999);
  });
  it("a single case is capped at ¥300,000 (5% of ¥6m)", () => {
    expect(run({ amountPaidFen: 600_000_000 }).ceilingFen).toBe(30_000_000);
    expect(run({ amountPaidFen: 600_000_020 }).ceilingFen).toBe(30_000_000);
    expect(run({ amountPaidFen: 10_000_000_000 }).ceilingFen).toBe(30_000_000);
  });
  it.each([
    [{ contractType: "consulting" }, "contract_type"],
    [{ contractType: "service" }, "contract_type"],
    [{ registered: false }, "registered"],
    [{ sellerType: "enterprise" }, "seller_type"],
    [{ sellerInCity: false }, "seller_in_city"],
    [{ buyerIsTechEnterprise: false }, "buyer_tech_enterprise"],
    [{ amountPaidFen: 0 }, "zero_ceiling"],
  ])("fails on %o", (f, code) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual([code]);
  });
  it("reports every failing condition at once", () => {
    const d = run({ contractType: "service", registered: false, sellerType: "enterprise", sellerInCity: false, buyerIsTechEnterprise: false });
    expect(failing(d)).toEqual(["contract_type", "registered", "seller_type", "seller_in_city", "buyer_tech_enterprise"]);
  });
  it("annual cap: approved and paid awards of the same payment year count", () => {
    expect(run({}, { history: [award(ID, 2025, 25_000_000)] }).ceilingFen).toBe(5_000_000);
    expect(run({}, { history: [award(ID, 2025, 12_000_000), award(ID, 2025, 12_000_000, { status: "paid" })] }).ceilingFen).toBe(6_000_000);
    expect(run({}, { history: [award(ID, 2025, 25_000_000, { status: "rejected" })] }).ceilingFen).toBe(10_000_000);
    expect(run({}, { history: [award(ID, 2025, 25_000_000, { status: "submitted" })] }).ceilingFen).toBe(10_000_000);
    expect(run({}, { history: [award(ID, 2024, 30_000_000)] }).ceilingFen).toBe(10_000_000);
    expect(run({}, { history: [award("c09-rnd-increment", 2025, 30_000_000)] }).ceilingFen).toBe(10_000_000);
  });
  it("cap reached exactly makes the case ineligible, naming the cap", () => {
    const d = run({}, { history: [award(ID, 2025, 30_000_000, { status: "paid" })] });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["annual_cap"]);
    expect(d.reasons.find((r) => r.code === "annual_cap")?.zh).toContain("¥300,000.00");
  });
  it("cap exceeded also ineligible", () => {
    expect(failing(run({}, { history: [award(ID, 2025, 20_000_000), award(ID, 2025, 15_000_000)] }))).toEqual(["annual_cap"]);
  });
  it("one fen left is one fen", () => {
    expect(run({}, { history: [award(ID, 2025, 29_999_999)] })).toMatchObject({ eligible: true, ceilingFen: 1 });
  });
  it("the cap year is the payment year", () => {
    const full2025 = { history: [award(ID, 2025, 30_000_000)] };
    expect(run({ eventDate: "2025-12-31" }, full2025).eligible).toBe(false);
    expect(run({ eventDate: "2026-01-01" }, full2025)).toMatchObject({ eligible: true, ceilingFen: 10_000_000 });
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not a once measure: several payments on one contract may each be subsidised", () => {
    expect(run({}, { history: [award(ID, 2024, 5_000_000, { subject: "subject-1" })] }).ceilingFen).toBe(10_000_000);
  });
  it("the buyer must be an enterprise", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ amountPaidFen: -1, sellerType: "hospital" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/"sellerType".*"amountPaidFen"/);
  });
});

import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { evaluate, MEASURES } from "./index";
import { matchProfile, type MatchResult } from "./matcher";

// property runs are CPU-bound: on a busy 2-core machine they can take far longer than 5 s
vi.setConfig({ testTimeout: 60_000 });

const TODAY = "2026-03-01";
const enterprise = {
  orgType: "enterprise", registeredInCity: true, creditBlacklisted: false,
  qualifications: ["tech_sme", "above_designated_size"],
  figures: { rndPrevYearFen: 1_000_000_000, rndThisYearFen: 1_200_000_000, premiumPaidFen: 10_000_000, valuationFeeFen: 5_000_000 },
};
const byId = (rs: MatchResult[]) => Object.fromEntries(rs.map((r) => [r.measure, r]));

describe("matchProfile", () => {
  it("lists every measure once, in catalog order", () => {
    const rs = matchProfile(enterprise, { today: TODAY });
    expect(rs.map((r) => r.measure)).toEqual(MEASURES.map((m) => m.id));
  });

  it("estimates the ceiling with the engine when the profile gives every fact", () => {
    const r = byId(matchProfile(enterprise, { today: TODAY }));
    // c09: fiscal year 2025 (the year before asOf), 20% growth, 5% of a ¥2m increment
    expect(r["c09-rnd-increment"]).toMatchObject({ status: "likely", estimatedCeilingFen: 10_000_000, missingFacts: [] });
    expect(r["c09-rnd-increment"].knownFacts).toMatchObject({ fiscalYear: 2025, eventDate: "2025-12-31", qualifications: ["tech_sme"], hasRndActivity: true });
    // the same case through evaluate() gives the same figure
    const d = evaluate({ measure: "c09-rnd-increment", applicant: { orgType: "enterprise", registeredInCity: true, creditBlacklisted: false }, subject: "x", facts: r["c09-rnd-increment"].knownFacts, history: [] });
    expect(d.ceilingFen).toBe(r["c09-rnd-increment"].estimatedCeilingFen);
    // c24 insurance: 50% of the premium, at most ¥200,000; a tech SME is an SME (c25 valuation: 30% of the fee)
    expect(r["c24-bottleneck-insurance"]).toMatchObject({ status: "likely", estimatedCeilingFen: 5_000_000 });
    expect(r["c25-ip-valuation-fee"]).toMatchObject({ status: "likely", estimatedCeilingFen: 1_500_000 });
    expect(r["c24-bottleneck-insurance"].reasons.every((x) => x.ok)).toBe(true);
  });

  it("lists the missing facts with their labels when the profile cannot tell them", () => {
    const r = byId(matchProfile(enterprise, { today: TODAY }));
    const lab = r["c01-national-key-lab"];
    expect(lab.status).toBe("needs_facts");
    expect(lab.estimatedCeilingFen).toBeNull();
    const field = MEASURES.find((m) => m.id === "c01-national-key-lab")!.fields.find((f) => f.name === "role")!;
    expect(lab.missingFacts).toContainEqual({ name: "role", zh: field.zh, en: field.en, problem: "missing" });
    // an approval the profile does not mention has no date: never assumed
    expect(lab.missingFacts.map((f) => f.name)).toContain("eventDate");
    expect(lab.reasons.at(-1)).toMatchObject({ code: "needs_facts", clause: 1, ok: false });
    expect(lab.reasons.at(-1)!.zh).toContain(field.zh);
    // the interest subsidy needs loan facts no profile holds
    expect(r["c23-transformation-loan-interest"].missingFacts.map((f) => f.name)).toEqual(expect.arrayContaining(["firstTimeFiled", "repaidOnTime", "interestPaidFen"]));
  });

  it("rules out measures of other organisation types, outside Weihai or for the blacklisted", () => {
    const r = byId(matchProfile(enterprise, { today: TODAY }));
    expect(r["c24-bank-risk-subsidy"]).toMatchObject({ status: "not_eligible", estimatedCeilingFen: null });
    expect(r["c24-bank-risk-subsidy"].reasons.map((x) => x.code)).toEqual(["org_type"]);
    expect(r["c22-top-science-award"].status).toBe("not_eligible");

    const outside = matchProfile({ ...enterprise, registeredInCity: false }, { today: TODAY });
    expect(outside.every((x) => x.status === "not_eligible")).toBe(true);
    expect(outside.every((x) => x.reasons.some((y) => y.code === "registered_in_city"))).toBe(true);

    const listed = matchProfile({ ...enterprise, creditBlacklisted: true }, { today: TODAY });
    expect(listed.every((x) => x.status === "not_eligible" && x.reasons.some((y) => y.code === "credit_blacklist"))).toBe(true);
  });

  it("says not eligible when the given figures fail the clause", () => {
    const flat = { ...enterprise, figures: { rndPrevYearFen: 1_000_000_000, rndThisYearFen: 1_050_000_000 } };
    const r = byId(matchProfile(flat, { today: TODAY }));
    expect(r["c09-rnd-increment"].status).toBe("not_eligible");
    expect(r["c09-rnd-increment"].reasons.map((x) => x.code)).toContain("growth_10pct");
    // declared qualifications are believed: no SME status, no IP valuation subsidy
    const big = byId(matchProfile({ ...enterprise, qualifications: ["high_tech_enterprise"] }, { today: TODAY }));
    expect(big["c25-ip-valuation-fee"].status).toBe("not_eligible");
    expect(big["c25-ip-valuation-fee"].reasons.map((x) => x.code)).toContain("sme");
  });

  it("asks again for a figure the form would reject", () => {
    const r = byId(matchProfile({ ...enterprise, figures: { premiumPaidFen: -5 } }, { today: TODAY }));
    expect(r["c24-bottleneck-insurance"].status).toBe("needs_facts");
    expect(r["c24-bottleneck-insurance"].missingFacts).toEqual([expect.objectContaining({ name: "premiumPaidFen", problem: "invalid" })]);
  });

  it("explicit facts override what the profile implies, and a date outside the policy is not eligible", () => {
    const r = byId(matchProfile({ ...enterprise, facts: { eventDate: "2029-01-01" } }, { today: TODAY }));
    expect(r["c24-bottleneck-insurance"].status).toBe("not_eligible");
    expect(r["c24-bottleneck-insurance"].reasons.map((x) => x.code)).toEqual(["policy_window"]);
    const known = byId(matchProfile({ ...enterprise, facts: { role: "lead", eventDate: "2025-05-01" } }, { today: TODAY }));
    expect(known["c01-national-key-lab"]).toMatchObject({ status: "likely", estimatedCeilingFen: MEASURES.find((m) => m.id === "c01-national-key-lab")!.maxFen });
  });

  it("every result is well formed and nothing throws, whatever the profile", () => {
    const profile = fc.oneof(
      fc.anything(),
      fc.record({
        orgType: fc.oneof(fc.constantFrom("enterprise", "university", "bank", "individual", "team"), fc.string()),
        registeredInCity: fc.oneof(fc.boolean(), fc.anything()),
        creditBlacklisted: fc.option(fc.boolean(), { nil: undefined }),
        qualifications: fc.option(fc.subarray(["high_tech_enterprise", "tech_sme", "sme", "above_designated_size", "tech_leader", "x"]), { nil: undefined }),
        figures: fc.dictionary(fc.constantFrom("rndPrevYearFen", "rndThisYearFen", "premiumPaidFen", "interestPaidFen", "valuationFeeFen", "serviceFeesFen"), fc.oneof(fc.nat(), fc.double(), fc.string())),
        asOf: fc.option(fc.constantFrom("2023-07-13", "2026-01-31", "2030-01-01", "bad"), { nil: undefined }),
      }, { requiredKeys: [] }),
    );
    fc.assert(fc.property(profile, (p) => {
      const rs = matchProfile(p, { today: TODAY });
      expect(rs).toHaveLength(MEASURES.length);
      for (const r of rs) {
        expect(["likely", "needs_facts", "not_eligible"]).toContain(r.status);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const x of r.reasons) {
          expect(typeof x.clause).toBe("number");
          expect(x.zh.length * x.en.length).toBeGreaterThan(0);
        }
        if (r.status === "likely") {
          expect(Number.isInteger(r.estimatedCeilingFen)).toBe(true);
          expect(r.estimatedCeilingFen!).toBeGreaterThan(0);
          expect(r.estimatedCeilingFen!).toBeLessThanOrEqual(r.maxFen);
        } else expect(r.estimatedCeilingFen).toBeNull();
        expect(r.missingFacts.length > 0).toBe(r.status === "needs_facts");
      }
    }), { numRuns: 150 });
  });
});

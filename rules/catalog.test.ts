// The catalog is a contract (measures.md): exactly these 42 ids, each complete enough to file.
import { describe, expect, it } from "vitest";
import { BUREAU_IDS, MEASURES, ORG_TYPES } from "./index";

const IDS = [
  "c01-national-key-lab", "c01-national-innovation-center", "c01-provincial-innovation-community",
  "c01-manufacturing-innovation-center", "c01-provincial-platform", "c01-municipal-platform",
  "c04-new-rnd-institution", "c04-offsite-rnd-center", "c05-agri-park-upgrade", "c07-key-tech-project",
  "c09-rnd-increment", "c11-university-joint-rnd", "c13-event-host", "c14-tech-contract", "c14-transfer-agency",
  "c15-startup-landing", "c16-sme-capability-project", "c16-innovation-contest", "c17-hte-growth",
  "c17-hte-cultivation-agency", "c18-consortium-project", "c18-consortium-filing", "c19-talent-service-agency",
  "c21-foreign-expert-branch", "c21-foreign-expert-studio", "c22-top-science-award", "c22-national-sci-tech-award",
  "c22-provincial-sci-tech-award", "c23-transformation-loan-interest", "c24-bottleneck-grant",
  "c24-bottleneck-insurance", "c24-bank-risk-subsidy", "c25-ip-pledge-interest", "c25-ip-valuation-fee",
  "c25-ip-pledge-insurance", "c27-tech-bank-loan-interest", "c29-national-carrier", "c29-provincial-science-park",
  "c29-brand-carrier", "c30-instrument-voucher", "c31-pilot-base", "c32-science-popularization",
];

describe("the measures catalog", () => {
  it.each(MEASURES.filter((m) => m.fixedAmountsFen).map((m) => [m.id, m] as const))("%s lists its fixed amounts, the largest being maxFen", (_id, m) => {
    expect(m.kind).toBe("fixed");
    const amounts = m.fixedAmountsFen!;
    expect(amounts.length).toBeGreaterThan(1);
    expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
    expect(amounts.at(-1)).toBe(m.maxFen);
    // each amount is one the summary names, e.g. "500万元" in "…奖励1000万元，…奖励500万元"
    for (const fen of amounts) expect(m.summary.zh).toContain(`${fen / 1_000_000}万元`);
  });

  it("has exactly the 42 measures of measures.md, each once, in clause order", () => {
    const ids = MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...IDS].sort());
    expect(ids).toEqual(IDS);
  });

  it.each(MEASURES.map((m) => [m.id, m] as const))("%s is complete", (id, m) => {
    expect(m.clause).toBe(Number(id.slice(1, 3)));
    expect(m.quote.trim().length).toBeGreaterThan(10);
    expect(m.title.zh && m.title.en && m.summary.zh && m.summary.en).toBeTruthy();
    expect(BUREAU_IDS).toContain(m.leadBureau);
    for (const b of m.coBureaus) expect(BUREAU_IDS).toContain(b);
    expect(m.orgTypes.length).toBeGreaterThan(0);
    for (const t of m.orgTypes) expect(ORG_TYPES).toContain(t);
    const names = m.fields.map((f) => f.name);
    expect(names).toContain("eventDate");
    expect(m.fields.find((f) => f.name === "eventDate")?.kind).toBe("date");
    expect(new Set(names).size).toBe(names.length);
    for (const f of m.fields) expect(f.zh.length * f.en.length).toBeGreaterThan(0);
    expect(Number.isSafeInteger(m.maxFen) && m.maxFen > 0).toBe(true);
    for (const cap of [m.annualCapFen, m.lifetimeCapFen]) if (cap !== undefined) expect(cap).toBeLessThanOrEqual(m.maxFen);
    for (const f of m.monotoneIn) expect(m.fields.find((x) => x.name === f)?.kind).toBe("money");
    expect(["fixed", "ceiling", "formula", "match"]).toContain(m.kind);
  });
});

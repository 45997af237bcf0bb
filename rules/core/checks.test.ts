import { describe, expect, it } from "vitest";
import { MEASURES } from "../measures";
import { checkFacts, deriveFacts, isDerived, issuesByField } from "./checks";

const c25 = MEASURES.find((m) => m.id === "c25-ip-pledge-interest")!;
const C25 = { isSme: true, principalFen: 100, contractDate: "2024-07-01", loanDaysInYear: 10, interestPaidFen: 1, eventDate: "2024-06-30" };

describe("checks across facts, over the catalogue", () => {
  it.each(MEASURES.map((m) => [m.id, m] as const))("%s: checks and derived facts name its own fields", (_id, m) => {
    const names = new Set(m.fields.map((f) => f.name));
    const codes = (m.checks ?? []).map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of m.checks ?? []) {
      for (const f of c.fields) expect(names).toContain(f);
      if (c.at) expect(c.fields).toContain(c.at); // the message sits next to a fact the check reads
    }
    for (const [name, d] of Object.entries(m.derived ?? {})) {
      expect(names).toContain(name);
      for (const f of d!.from) expect(names).toContain(f);
      expect(isDerived(m, d!.from[0])).toBe(false); // the message goes to an answer the form asks
    }
  });
});

describe("checkFacts", () => {
  it("reports a contradiction next to its field, in both languages", () => {
    const issues = checkFacts(c25, C25);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: "contractDate", code: "contract_before_payment" });
    expect(issues[0].zh).toContain("2024年7月1日");
    expect(issues[0].en).toContain("30 Jun 2024");
  });
  it("runs a check only once all its facts are answered and valid (a partial draft is checked as far as it goes)", () => {
    expect(checkFacts(c25, { contractDate: "2024-07-01" })).toEqual([]);
    expect(checkFacts(c25, { contractDate: "2024-07-01", eventDate: "2024-02-30" })).toEqual([]);
    expect(checkFacts(c25, { contractDate: "2024-07-01", eventDate: "2024-06-30" }).map((i) => i.code)).toEqual(["contract_before_payment"]);
  });
  it("measures without checks have nothing to say", () => {
    const m = MEASURES.find((x) => x.id === "c01-national-key-lab")!;
    expect(checkFacts(m, { role: "lead", eventDate: "2024-01-01" })).toEqual([]);
  });
  it("issuesByField keeps the first issue of each field", () => {
    const two = [{ field: "a", code: "x", zh: "1", en: "1" }, { field: "a", code: "y", zh: "2", en: "2" }];
    expect(issuesByField(two)).toEqual({ a: two[0] });
  });
});

describe("deriveFacts", () => {
  const c09 = MEASURES.find((m) => m.id === "c09-rnd-increment")!;
  it("sets a derived fact from its sources, replacing another value", () => {
    expect(deriveFacts(c09, { fiscalYear: 2025, eventDate: "2023-12-31" })).toEqual({ fiscalYear: 2025, eventDate: "2025-12-31" });
  });
  it("leaves it out while the source is missing or invalid", () => {
    expect(deriveFacts(c09, { eventDate: "2023-12-31" })).toEqual({});
    expect(deriveFacts(c09, { fiscalYear: "2025" })).toEqual({ fiscalYear: "2025" });
  });
  it("returns facts of measures without derived facts as they are", () => {
    expect(deriveFacts(c25, C25)).toBe(C25);
  });
});

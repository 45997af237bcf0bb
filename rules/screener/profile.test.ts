import { describe, expect, it } from "vitest";
import { engine } from "../index";
import { answersToRows, factShape, prefillFacts, rowProblem, rowsFromCases, rowsToAnswers } from "./profile";
import { screen, type ScreenerAnswers } from "./screener";

const ASOF = "2026-12-04";
const HTE: ScreenerAnswers = {
  orgType: "enterprise", registeredInCity: true,
  qualifications: ["high_tech_enterprise", "above_designated_size"],
  figures: { rndPrevYearFen: 800_000_000, rndThisYearFen: 950_000_000, salesY1Fen: 100_000_000, salesY2Fen: 110_000_000, salesY3Fen: 125_000_000 },
  gates: { projects: ["c17-hte-growth"] },
  facts: { "c13-event-host": { eventLevel: "national" } },
};
const m = (id: string) => engine.measures.get(id)!;

describe("screener answers as profile facts", () => {
  it("round-trip: rows back into the same answers (type and registration come from the organisation)", () => {
    const rows = answersToRows(HTE);
    expect(rows).toContainEqual({ measureId: "", name: "gate:projects", value: ["c17-hte-growth"] });
    expect(rows).toContainEqual({ measureId: "c13-event-host", name: "eventLevel", value: "national" });
    expect(rowsToAnswers(rows, { orgType: "enterprise", registeredInCity: true })).toEqual(HTE);
  });

  it("every row is checked against the field specs", () => {
    expect(rowProblem({ measureId: "", name: "rndThisYearFen", value: 5 })).toBeNull();
    expect(rowProblem({ measureId: "", name: "rndThisYearFen", value: -5 })).toBe("invalid");
    expect(rowProblem({ measureId: "", name: "rndThisYearFen", value: 1.5 })).toBe("invalid");
    expect(rowProblem({ measureId: "", name: "qualifications", value: ["tech_sme", "forged"] })).toBe("invalid");
    expect(rowProblem({ measureId: "", name: "gate:projects", value: ["c09-rnd-increment"] })).toBe("invalid");
    expect(rowProblem({ measureId: "", name: "gate:nowhere", value: [] })).toBe("unknown_field");
    expect(rowProblem({ measureId: "", name: "password", value: "x" })).toBe("unknown_field");
    expect(rowProblem({ measureId: "c13-event-host", name: "eventLevel", value: "galactic" })).toBe("invalid");
    expect(rowProblem({ measureId: "c13-event-host", name: "salesY1Fen", value: 1 })).toBe("unknown_field");
    expect(rowProblem({ measureId: "c99-none", name: "x", value: 1 })).toBe("unknown_field");
  });

  it("knows how each stored fact is asked", () => {
    expect(factShape({ measureId: "", name: "salesY1Fen" })).toMatchObject({ kind: "money" });
    expect(factShape({ measureId: "c13-event-host", name: "eventLevel" })?.options.map((o) => o.value)).toEqual(["municipal", "provincial", "national", "international"]);
    expect(factShape({ measureId: "", name: "nope" })).toBeNull();
  });
});

describe("prefill of a new draft", () => {
  it("c09: qualifications, figures and the fiscal year's end, valid for the form", () => {
    expect(prefillFacts(m("c09-rnd-increment"), HTE, ASOF)).toEqual({
      fiscalYear: 2025, aboveDesignatedSize: true, hasRndActivity: true, qualifications: ["high_tech_enterprise"],
      rndPrevYearFen: 800_000_000, rndThisYearFen: 950_000_000, eventDate: "2025-12-31",
    });
  });

  it("c17: the ticked gate's fact and the sales figures, but no guessed certification date", () => {
    const f = prefillFacts(m("c17-hte-growth"), HTE, ASOF);
    expect(f).toEqual({ certifiedThisYear: true, salesY1Fen: 100_000_000, salesY2Fen: 110_000_000, salesY3Fen: 125_000_000 });
  });

  it("nothing known, nothing prefilled; an invalid stored value is left out", () => {
    expect(prefillFacts(m("c01-national-key-lab"), { orgType: "enterprise" }, ASOF)).toEqual({});
    expect(prefillFacts(m("c13-event-host"), { facts: { "c13-event-host": { eventLevel: "galactic", role: "host" } } }, ASOF)).toEqual({ role: "host" });
  });

  it("the same answers make the screener call c09 and c17 likely with their amounts", () => {
    const r = screen(HTE, { asOf: ASOF }).results;
    expect(r.find((x) => x.measure === "c09-rnd-increment")).toMatchObject({ status: "likely", estimatedCeilingFen: 7_500_000 });
    expect(r.find((x) => x.measure === "c17-hte-growth")).toMatchObject({ status: "likely", estimatedCeilingFen: 5_000_000 });
  });
});

describe("what earlier cases tell", () => {
  it("declared qualifications, and the last c09 claim's figures moved on a year", () => {
    const rows = rowsFromCases([
      { measureId: "c23-transformation-loan-interest", facts: { isTechSme: true }, caseNo: "WH-2026-C23-000001" },
      { measureId: "c09-rnd-increment", facts: { fiscalYear: 2024, qualifications: ["high_tech_enterprise"], aboveDesignatedSize: true, rndPrevYearFen: 1, rndThisYearFen: 700_000_000 }, caseNo: "WH-2025-C09-000007" },
    ], ASOF);
    expect(rows).toEqual([
      { measureId: "", name: "qualifications", value: ["high_tech_enterprise", "tech_sme", "above_designated_size"], caseNo: "WH-2026-C23-000001" },
      { measureId: "", name: "rndPrevYearFen", value: 700_000_000, caseNo: "WH-2025-C09-000007" },
    ]);
  });

  it("a claim of the screener's own year gives both figures; an older one none", () => {
    expect(rowsFromCases([{ measureId: "c09-rnd-increment", facts: { fiscalYear: 2025, rndPrevYearFen: 5, rndThisYearFen: 6 }, caseNo: null }], ASOF).map((r) => r.name)).toEqual(["rndPrevYearFen", "rndThisYearFen"]);
    expect(rowsFromCases([{ measureId: "c09-rnd-increment", facts: { fiscalYear: 2022, rndThisYearFen: 6 }, caseNo: null }], ASOF)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { engine } from "@/rules";
import { factsSchema } from "@/rules/core/fields-zod";
import { C09_FACTS } from "../testing/builders";
import { draftFactsSchema, factProblems, factsToForm, fenToYuanText, formToFacts } from "./draft-facts";

const c09 = engine.measures.get("c09-rnd-increment")!.fields;

describe("form values and facts", () => {
  it("round-trips complete facts through the form, money as yuan text", () => {
    const form = factsToForm(c09, C09_FACTS);
    expect(form).toMatchObject({ rndPrevYearFen: "10000000", rndThisYearFen: "11500000", aboveDesignatedSize: "true", fiscalYear: "2025", qualifications: ["high_tech_enterprise"] });
    expect(formToFacts(c09, form)).toEqual(C09_FACTS);
    expect(factsSchema(c09).safeParse(formToFacts(c09, form)).success).toBe(true);
  });

  it("reads yuan as people type it and keeps what is not a number as typed", () => {
    const f = formToFacts(c09, { rndPrevYearFen: "1,234.5", rndThisYearFen: "十二万", fiscalYear: "20x5", hasRndActivity: "", qualifications: ["tech_sme", "forged"] });
    expect(f).toEqual({ rndPrevYearFen: 123_450, rndThisYearFen: "十二万", fiscalYear: "20x5", qualifications: ["tech_sme"] });
    // 万 and 亿 as people write them
    expect(formToFacts(c09, { rndPrevYearFen: "800万", rndThisYearFen: "1.2亿" })).toMatchObject({ rndPrevYearFen: 800_000_000, rndThisYearFen: 12_000_000_000 });
    expect(draftFactsSchema(c09).safeParse(f).success).toBe(true);
    expect(factProblems(c09, f)).toMatchObject({ rndThisYearFen: { code: "money" }, fiscalYear: { code: "int_range", values: { min: 2000, max: 2100 } }, hasRndActivity: { code: "required" }, eventDate: { code: "required" } });
    expect(fenToYuanText(5)).toBe("0.05");
    expect(fenToYuanText(123_450)).toBe("1234.50");
  });

  it("a draft refuses unknown names and wrong types", () => {
    const s = draftFactsSchema(c09);
    expect(s.safeParse({ extra: 1 }).success).toBe(false);
    expect(s.safeParse({ rndPrevYearFen: -1 }).success).toBe(false);
    expect(s.safeParse({ qualifications: ["x"] }).success).toBe(false);
    expect(s.safeParse({}).success).toBe(true);
  });
});

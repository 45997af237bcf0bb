import { describe, expect, it } from "vitest";
import { C09_FACTS } from "../testing/builders";
import { diffRevisions, factRows } from "./facts-display";

describe("facts as people read them", () => {
  it("uses the measure's labels, ¥ and 万元 for money and 是/否 for booleans", () => {
    const rows = factRows("c09-rnd-increment", C09_FACTS, "zh");
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by.rndPrevYearFen.value).toBe("¥10,000,000.00（1000万元）");
    expect(by.aboveDesignatedSize.value).toBe("是");
    expect(by.rndPrevYearFen.label).not.toBe("rndPrevYearFen");
    expect(by.qualifications.value).not.toContain("high_tech_enterprise");
  });

  it("lists only what changed between revisions", () => {
    const changes = diffRevisions(
      "c09-rnd-increment",
      { subject: "2025年度研发投入", facts: C09_FACTS },
      { subject: "2025年度研发投入", facts: { ...C09_FACTS, rndThisYearFen: 1_200_000_000 } },
      "zh",
    );
    expect(changes).toEqual([expect.objectContaining({ name: "rndThisYearFen", before: "¥11,500,000.00（1150万元）", after: "¥12,000,000.00（1200万元）" })]);
    expect(diffRevisions("c09-rnd-increment", { subject: "a", facts: C09_FACTS }, { subject: "b", facts: C09_FACTS }, "en")[0]).toMatchObject({ name: "subject", label: "Subject", before: "a", after: "b" });
  });
});

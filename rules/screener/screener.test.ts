// The screener's goal (issue 15 §1): five realistic organisations each reach at most 3 undecided
// measures within 12 answers. Each profile below is the organisation's own truth; the test
// answers whatever the screener asks from it (and skips what the organisation does not know).
import { describe, expect, it } from "vitest";
import { answer, screen, skip, type Question, type ScreenerAnswers } from "./screener";
import { GATE_GROUPS } from "./gates";
import { engine } from "../index";

interface Truth {
  name: string;
  orgType: string;
  registeredInCity: boolean;
  qualifications: string[];
  figures: Record<string, number>;
  /** the gates (measure ids) that are true for it */
  ticked: string[];
  facts: Record<string, Record<string, unknown>>;
}

const WAN = 1_000_000; // fen in 1万元

const PROFILES: Truth[] = [
  {
    // the example: high-tech, above designated size, R&D ¥800万 -> ¥950万, bought a
    // development contract from a local university
    name: "HTE manufacturer", orgType: "enterprise", registeredInCity: true,
    qualifications: ["high_tech_enterprise", "above_designated_size"],
    figures: { rndPrevYearFen: 800 * WAN, rndThisYearFen: 950 * WAN, contractAmountFen: 300 * WAN },
    ticked: ["c14-tech-contract"],
    facts: { "c14-tech-contract": { contractType: "development", sellerType: "university", sellerInCity: true } },
  },
  {
    // a tech-based SME with an IP-pledge loan valued by an assessor, R&D too small for c09
    name: "tech SME", orgType: "enterprise", registeredInCity: true,
    qualifications: ["tech_sme", "sme"],
    figures: { rndPrevYearFen: 120 * WAN, rndThisYearFen: 160 * WAN, valuationFeeFen: 6 * WAN },
    ticked: ["c25-ip-valuation-fee"],
    facts: {},
  },
  {
    name: "university", orgType: "university", registeredInCity: true, qualifications: [], figures: {},
    ticked: ["c01-provincial-platform", "c32-science-popularization"],
    facts: { "c01-provincial-platform": { platformType: "key_lab" }, "c32-science-popularization": { grade: "good" } },
  },
  {
    name: "hospital", orgType: "hospital", registeredInCity: true, qualifications: [], figures: {},
    ticked: ["c01-municipal-platform"],
    facts: { "c01-municipal-platform": { platformType: "clinical_research_center", grade: "excellent" } },
  },
  {
    name: "start-up team", orgType: "team", registeredInCity: true, qualifications: [], figures: { physicalWorkloadFen: 150 * WAN },
    ticked: ["c15-startup-landing"],
    facts: { "c15-startup-landing": { viaEvent: "china_korea_innovation_contest", operatingNormally: true } },
  },
];

function reply(t: Truth, q: Question): { value: unknown } | null {
  switch (q.kind) {
    case "org_type": return { value: t.orgType };
    case "bool": return { value: t.registeredInCity };
    case "qualifications": return { value: t.qualifications };
    case "gate": return { value: q.options.map((o) => o.measure).filter((m) => t.ticked.includes(m)) };
    case "figure": return q.figure in t.figures ? { value: t.figures[q.figure] } : null;
    case "fact": {
      const v = t.facts[q.measure]?.[q.field.name];
      return v === undefined ? null : { value: v };
    }
  }
}

const AS_OF = "2026-06-30";

function run(t: Truth, maxAnswers: number) {
  let a: ScreenerAnswers = {};
  const asked: string[] = [];
  for (let i = 0; i < 40; i++) {
    const s = screen(a, { asOf: AS_OF });
    if (!s.next || s.answered >= maxAnswers) return { state: s, asked };
    asked.push(s.next.id);
    const r = reply(t, s.next);
    a = r ? answer(a, s.next, r.value) : skip(a, s.next);
  }
  throw new Error("the screener did not finish");
}

describe("the screener", () => {
  it.each(PROFILES.map((p) => [p.name, p] as const))("%s: at most 3 undecided measures within 12 answers", (_name, t) => {
    const { state, asked } = run(t, 12);
    expect(state.answered).toBeLessThanOrEqual(12);
    expect(state.undecided, `asked: ${asked.join(", ")}; undecided: ${state.results.filter((r) => r.status === "needs_facts").map((r) => r.measure).join(", ")}`).toBeLessThanOrEqual(3);
    // every measure the organisation truly has is found, not thrown away
    for (const m of t.ticked) expect(state.results.find((r) => r.measure === m)?.status).not.toBe("not_eligible");
  });

  it("the HTE manufacturer of the issue finds c09 with its amount (5% of the ¥150万 increment)", () => {
    const { state } = run(PROFILES[0], 12);
    const c09 = state.results.find((r) => r.measure === "c09-rnd-increment")!;
    expect(c09.status).toBe("likely");
    expect(c09.estimatedCeilingFen).toBe(7_500_000);
  });

  it("asks a shared fact once: the qualifications and the R&D figures are one question each", () => {
    const { asked } = run(PROFILES[1], 30);
    for (const id of ["qualifications", "figure:rndPrevYearFen", "figure:rndThisYearFen"]) expect(asked.filter((x) => x === id).length).toBeLessThanOrEqual(1);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("first asks what settles most: the organisation type, then the registration", () => {
    const first = screen({}, { asOf: AS_OF });
    expect(first.next?.id).toBe("orgType");
    expect(first.undecided).toBe(engine.measures.size);
    const second = screen({ orgType: "enterprise" }, { asOf: AS_OF });
    expect(second.next?.id).toBe("registeredInCity");
  });

  it("not registered in Weihai settles everything at once", () => {
    const s = screen({ orgType: "enterprise", registeredInCity: false }, { asOf: AS_OF });
    expect(s.undecided).toBe(0);
    expect(s.next).toBeNull();
  });

  it("a gate left unticked settles its measures as not applicable, with the reason", () => {
    const s = screen({ orgType: "enterprise", registeredInCity: true, gates: { platforms: [] } }, { asOf: AS_OF });
    const lab = s.results.find((r) => r.measure === "c01-national-key-lab")!;
    expect(lab.status).toBe("not_eligible");
    expect(lab.reasons[0].code).toBe("not_applicable");
  });

  it("offers only the gates this organisation type may apply for", () => {
    const s = screen({ orgType: "team", registeredInCity: true }, { asOf: AS_OF });
    const gates = GATE_GROUPS.flatMap((g) => g.gates.map((x) => x.measure));
    expect(s.next?.kind).toBe("gate");
    if (s.next?.kind === "gate") {
      for (const o of s.next.options) expect(engine.measures.get(o.measure)!.orgTypes).toContain("team");
    }
    expect(gates.length).toBe(engine.measures.size - 1); // every measure but c09 has a gate
  });
});

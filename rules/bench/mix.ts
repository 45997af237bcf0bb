// The benchmark's workload: cases over every measure, generated from each measure's field list,
// shaped like real traffic (mostly valid applications from admitted applicants, some broken
// forms, wrong applicants, histories with earlier awards, a few rounds with their own params).
import type { MeasureDef } from "../core/measure";
import { CASE_STATUSES, ORG_TYPES, type EvalInput, type HistoryEntry, type OrgType } from "../core/types";
import { invalidFacts, mulberry32, type Rng, validFacts } from "../testing/arbitrary-facts";

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/** Per-round overrides, shared by many cases as real rounds are (the engine hashes each once). */
function roundParams(measures: readonly MeasureDef[]): NonNullable<EvalInput["params"]>[] {
  const graded = measures.filter((m) => m.defaultGrades).map((m) => m.id);
  return [
    { eligibleGrades: Object.fromEntries(graded.map((id) => [id, ["excellent"]])) },
    { blacklistCheck: false, noticeDays: 10 },
    { lpr: { entries: [{ from: "2022-08", bp: 365 }, { from: "2024-10", bp: 310 }, { from: "2025-05", bp: 300 }], knownThrough: "2027-06" } },
  ];
}

function history(rng: Rng, m: MeasureDef, measures: readonly MeasureDef[]): HistoryEntry[] {
  const n = Math.floor(rng() * rng() * 6); // mostly 0–2 earlier cases, sometimes 5
  const out: HistoryEntry[] = [];
  for (let i = 0; i < n; i++) {
    const same = rng() < 0.7;
    const hm = same ? m : pick(rng, measures);
    out.push({
      measure: hm.id,
      subject: "subject-" + Math.floor(rng() * 4),
      year: 2023 + Math.floor(rng() * 6),
      awardedFen: Math.floor(rng() * (hm.maxFen / 2)),
      status: pick(rng, CASE_STATUSES),
    });
  }
  return out;
}

function applicant(rng: Rng, m: MeasureDef, orgType?: OrgType): EvalInput["applicant"] {
  return {
    orgType: orgType ?? (rng() < 0.85 ? pick(rng, m.orgTypes) : pick(rng, ORG_TYPES)),
    registeredInCity: rng() < 0.95,
    creditBlacklisted: rng() < 0.03,
  };
}

/** perMeasure cases for every measure, shuffled, deterministic for a seed. */
export function buildMix(measures: readonly MeasureDef[], perMeasure: number, seed = 20230713): EvalInput[] {
  const rng = mulberry32(seed);
  const rounds = roundParams(measures);
  const cases: EvalInput[] = [];
  for (const m of measures) {
    for (let k = 0; k < perMeasure; k++) {
      const facts = rng() < 0.85 ? validFacts(m.fields, rng) : invalidFacts(m.fields, rng).facts;
      const c: EvalInput = { measure: m.id, applicant: applicant(rng, m), subject: "subject-" + Math.floor(rng() * 4), facts, history: history(rng, m, measures) };
      if (rng() < 0.1) c.params = pick(rng, rounds);
      cases.push(c);
    }
  }
  for (let i = cases.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [cases[i], cases[j]] = [cases[j], cases[i]];
  }
  return cases;
}

/** One enterprise's year: a case for each of the measures, with its own facts and history. */
export function buildEnterpriseYears(measures: readonly MeasureDef[], count: number, seed = 20280712): EvalInput[][] {
  const rng = mulberry32(seed);
  const years: EvalInput[][] = [];
  for (let y = 0; y < count; y++) {
    const app = applicant(rng, measures[0], "enterprise");
    years.push(measures.map((m) => ({
      measure: m.id, applicant: app, subject: "subject-" + Math.floor(rng() * 4),
      facts: rng() < 0.9 ? validFacts(m.fields, rng) : invalidFacts(m.fields, rng).facts, history: history(rng, m, measures),
    })));
  }
  return years;
}

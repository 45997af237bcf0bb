// The public policy calculator: from an organisation profile, every measure as
// likely / needs_facts / not_eligible, with reasons and an estimated ceiling where the figures
// allow. Generic over the measures' metadata: the engine decides, this only supplies facts.
import type { Engine } from "./core/engine";
import { badFields, type Label } from "./core/fields";
import type { MeasureDef } from "./core/measure";
import type { MeasureKind, Reason } from "./core/types";
import { engine as defaultEngine } from "./index";
import { factsFromProfile, type OrgProfile } from "./matcher-facts";

export type { OrgProfile } from "./matcher-facts";
export { PROFILE_FIGURES, PROFILE_QUALIFICATIONS } from "./matcher-facts";

export type MatchStatus = "likely" | "needs_facts" | "not_eligible";

export interface MissingFact extends Label {
  name: string;
  /** "missing": the profile does not tell it; "invalid": it tells something the form would reject */
  problem: "missing" | "invalid";
}

export interface MatchResult {
  measure: string;
  clause: number;
  title: Label;
  kind: MeasureKind;
  leadBureau: string;
  status: MatchStatus;
  /** not_eligible: the checks that fail; likely: every check; needs_facts: the checks passed and what is missing */
  reasons: Reason[];
  /** the ceiling the rules compute from the profile (likely only), else null */
  estimatedCeilingFen: number | null;
  /** the most the measure can pay on one case */
  maxFen: number;
  missingFacts: MissingFact[];
  /** the facts the profile supplied, for showing what was assumed */
  knownFacts: Record<string, unknown>;
}

/** The applicant checks: a failure here is final whatever the facts. */
const GENERAL = new Set(["registered_in_city", "org_type", "credit_blacklist"]);

const isoToday = (): string => new Date().toISOString().slice(0, 10);

export function cleanProfile(raw: unknown): OrgProfile {
  const o = (raw !== null && typeof raw === "object" && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const obj = (v: unknown) => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, any>) : undefined);
  return {
    orgType: typeof o.orgType === "string" ? o.orgType : "",
    registeredInCity: o.registeredInCity === true,
    creditBlacklisted: typeof o.creditBlacklisted === "boolean" ? o.creditBlacklisted : undefined,
    qualifications: Array.isArray(o.qualifications) ? o.qualifications.filter((q): q is string => typeof q === "string") : undefined,
    figures: obj(o.figures),
    facts: obj(o.facts),
    asOf: typeof o.asOf === "string" ? o.asOf : undefined,
    fiscalYear: typeof o.fiscalYear === "number" && Number.isInteger(o.fiscalYear) ? o.fiscalYear : undefined,
  };
}

/** One measure for one (clean) profile; the screener calls it with each measure's own facts. */
export function matchMeasure(m: MeasureDef, p: OrgProfile, asOf: string, fiscalYear: number, engine: Engine = defaultEngine): MatchResult {
  const facts = factsFromProfile(m, p, { asOf, fiscalYear });
  // the calculator does not know the credit status unless told: it assumes a clean record
  const applicant = { orgType: p.orgType, registeredInCity: p.registeredInCity, creditBlacklisted: p.creditBlacklisted ?? false };
  const d = engine.evaluate({ measure: m.id, applicant: applicant as never, subject: "calculator", facts, history: [] });
  const base = {
    measure: m.id, clause: m.clause, title: m.title, kind: m.kind, leadBureau: m.leadBureau,
    maxFen: m.maxFen, knownFacts: facts,
  };
  const generalFailed = d.reasons.filter((r) => !r.ok && GENERAL.has(r.code));
  if (generalFailed.length > 0) {
    return { ...base, status: "not_eligible", reasons: generalFailed, estimatedCeilingFen: null, missingFacts: [] };
  }
  const bad = badFields(m.fields, facts);
  if (bad.length > 0) {
    const missingFacts: MissingFact[] = bad.map((b) => {
      const f = m.fields.find((x) => x.name === b.name);
      return { name: b.name, zh: f?.zh ?? b.name, en: f?.en ?? b.name, problem: b.problem === "missing" ? "missing" : "invalid" };
    });
    const need: Reason = {
      code: "needs_facts", clause: m.clause, ok: false,
      zh: `还需填报：${missingFacts.map((x) => x.zh).join("、")}（第${m.clause}条）`,
      en: `Still needed: ${missingFacts.map((x) => x.en).join("; ")} (clause ${m.clause})`,
    };
    return { ...base, status: "needs_facts", reasons: [...d.reasons.filter((r) => r.ok && GENERAL.has(r.code)), need], estimatedCeilingFen: null, missingFacts };
  }
  if (d.eligible) return { ...base, status: "likely", reasons: d.reasons, estimatedCeilingFen: d.ceilingFen, missingFacts: [] };
  return { ...base, status: "not_eligible", reasons: d.reasons.filter((r) => !r.ok), estimatedCeilingFen: null, missingFacts: [] };
}

/** The date the matcher assumes and the fiscal year of R&D figures (the year before, by default). */
export function matchDates(p: OrgProfile, today?: string): { asOf: string; fiscalYear: number } {
  const asOf = p.asOf ?? today ?? isoToday();
  return { asOf, fiscalYear: p.fiscalYear ?? (Number(asOf.slice(0, 4)) - 1 || new Date().getUTCFullYear() - 1) };
}

/**
 * Every measure of the engine's catalog, in catalog order, for one organisation profile.
 * Never throws: a profile that is not an object is an organisation of no admitted type.
 */
export function matchProfile(profile: unknown, options: { engine?: Engine; today?: string } = {}): MatchResult[] {
  const engine = options.engine ?? defaultEngine;
  const p = cleanProfile(profile);
  const { asOf, fiscalYear } = matchDates(p, options.today);
  return [...engine.measures.values()].map((m) => matchMeasure(m, p, asOf, fiscalYear, engine));
}

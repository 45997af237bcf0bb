// How an organisation profile of the public policy calculator turns into a measure's facts.
// Generic first (a fact whose name is a profile figure, qualifications that imply a boolean),
// then a small table of per-measure exceptions. A fact that cannot be derived stays unknown.
import { deriveFacts } from "./core/checks";
import type { FieldSpec } from "./core/fields";
import type { MeasureDef } from "./core/measure";

/** Statuses an organisation can declare in the calculator. */
export const PROFILE_QUALIFICATIONS = [
  "high_tech_enterprise", "tech_sme", "tech_leader", "specialized_sme", "one_enterprise_one_tech_center",
  "sme", "above_designated_size",
] as const;

/**
 * Money figures (fen) the calculator asks for; each feeds the facts of the same name, except
 * contractAmountFen (c14's amountPaidFen). premiumPaidFen is the bottleneck-R&D insurance premium
 * (c24), premiumFen the IP-pledge insurance premium (c25): different policies, not one figure.
 */
export const PROFILE_FIGURES = [
  "rndPrevYearFen", "rndThisYearFen", "interestPaidFen", "premiumPaidFen", "premiumFen", "contractAmountFen",
  "loanBalanceFen", "principalFen", "newLoanBalanceFen", "valuationFeeFen", "serviceFeesFen",
  "salesY1Fen", "salesY2Fen", "salesY3Fen", "actualExpenditureFen", "countyFundingFen",
  "provincialAwardFen", "physicalWorkloadFen",
] as const;

export interface OrgProfile {
  orgType: string;
  registeredInCity: boolean;
  creditBlacklisted?: boolean;
  /** declared statuses (PROFILE_QUALIFICATIONS); when absent, facts that depend on them stay unknown */
  qualifications?: string[];
  /** money figures in fen (PROFILE_FIGURES) */
  figures?: Record<string, number>;
  /** any other fact the organisation already knows, by fact name (used by every measure that has it) */
  facts?: Record<string, unknown>;
  /** the date the calculator assumes for the event (approval, payment…); default today */
  asOf?: string;
  /** the fiscal year of R&D figures; default the year before asOf */
  fiscalYear?: number;
}

/** what a profile tells about one fact, or undefined when it tells nothing */
type Derive = (p: OrgProfile, ctx: { asOf: string; fiscalYear: number }) => unknown;

const has = (p: OrgProfile, ...qs: string[]): boolean | undefined =>
  p.qualifications === undefined ? undefined : qs.some((q) => p.qualifications!.includes(q));
const figure = (name: string): Derive => (p) => p.figures?.[name];

/** facts named alike in every measure that has them */
const BY_FACT: Record<string, Derive> = {
  fiscalYear: (_p, c) => c.fiscalYear,
  isTechSme: (p) => has(p, "tech_sme"),
  isHighTechEnterprise: (p) => has(p, "high_tech_enterprise"),
  isTechLeader: (p) => has(p, "tech_leader"),
  // a tech SME or a specialised SME is an SME
  isSme: (p) => has(p, "sme", "tech_sme", "specialized_sme"),
  aboveDesignatedSize: (p) => has(p, "above_designated_size"),
  hasRndActivity: (p) => (typeof p.figures?.rndThisYearFen === "number" ? p.figures.rndThisYearFen > 0 : undefined),
  registeredInCity: (p) => p.registeredInCity,
};

/** per-measure exceptions: a fact fed from a differently named figure, or a date of its own */
const BY_MEASURE: Record<string, Record<string, Derive>> = {
  "c14-tech-contract": {
    amountPaidFen: figure("contractAmountFen"),
    buyerIsTechEnterprise: (p) => has(p, "high_tech_enterprise", "tech_sme"),
  },
};

function deriveField(f: FieldSpec, p: OrgProfile, m: MeasureDef, ctx: { asOf: string; fiscalYear: number }): unknown {
  const given = p.facts?.[f.name];
  if (given !== undefined) return given;
  const special = BY_MEASURE[m.id]?.[f.name];
  if (special) return special(p, ctx);
  // a list of qualifications: those of the profile that the measure knows
  if (f.kind === "multi" && f.name === "qualifications") return p.qualifications?.filter((q) => f.values.includes(q));
  const generic = BY_FACT[f.name];
  if (generic) return generic(p, ctx);
  if (f.kind === "money") return p.figures?.[f.name];
  return undefined;
}

/**
 * The measure's facts as far as the profile tells them (unknown facts are left out).
 * The event date (an approval, an award, a payment…) is known only when the profile says so, or
 * when a figure the measure pays on was given: a premium paid is a payment made, so asOf stands
 * for its date. A measure about an approval the profile does not mention stays "needs facts".
 */
export function factsFromProfile(m: MeasureDef, p: OrgProfile, ctx: { asOf: string; fiscalYear: number }): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  let figureGiven = false;
  for (const f of m.fields) {
    if (f.name === "eventDate") continue;
    const v = deriveField(f, p, m, ctx);
    if (v === undefined) continue;
    facts[f.name] = v;
    if (f.kind === "money" && p.facts?.[f.name] === undefined) figureGiven = true;
  }
  const ev = m.fields.find((f) => f.name === "eventDate");
  if (ev) {
    const v = p.facts?.eventDate ?? BY_MEASURE[m.id]?.eventDate?.(p, ctx) ?? (figureGiven ? ctx.asOf : undefined);
    if (v !== undefined) facts.eventDate = v;
  }
  // facts the measure settles from others (c09: the year end from the fiscal year), as its form does
  return deriveFacts(m, facts);
}

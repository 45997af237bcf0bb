// Looking measures up and filtering them for the public pages (list, detail, policy, calculator).
import { formatCompact } from "@/lib/money";
import { BUREAU_IDS, MEASURES, ORG_TYPES, type BureauId, type MeasureDef, type MeasureKind, type OrgType } from "@/rules";

export const KINDS: readonly MeasureKind[] = ["fixed", "ceiling", "formula", "match"];

/** lead bureaus that lead at least one measure, in the order of BUREAU_IDS (a filter never offers a dead end) */
export const LEAD_BUREAUS: readonly BureauId[] = BUREAU_IDS.filter((b) => MEASURES.some((m) => m.leadBureau === b));

// Formula and matching measures with no cap in the clause carry a huge technical maxFen
// (the largest fact times the rate); anything from 100亿元 up means "no fixed maximum".
const NO_FIXED_MAX_FEN = 1_000_000_000_000;

export function findMeasure(id: string): MeasureDef | undefined {
  return MEASURES.find((m) => m.id === id);
}

export function measuresOfClause(clause: number): MeasureDef[] {
  return MEASURES.filter((m) => m.clause === clause);
}

/** false for the technical maxFen of a measure whose clause sets no maximum */
export function hasFixedMax(maxFen: number): boolean {
  return maxFen < NO_FIXED_MAX_FEN;
}

/** the most it pays in the page's language ("500万元" / "¥5 million"), or null when it has no fixed maximum */
export function maxAmount(m: Pick<MeasureDef, "maxFen">, locale: string): string | null {
  return hasFixedMax(m.maxFen) ? formatCompact(m.maxFen, locale) : null;
}

/** translator of the "policy" messages (next-intl's t, or a test double) */
type PolicyT = (key: string, values?: Record<string, string>) => string;

/**
 * The one line that says what a measure pays, worded by its kind so it never contradicts itself:
 * "Fixed award ¥5 million" (定额奖励 500万元), "Fixed award ¥5 million or ¥10 million", "Up to ¥500,000"
 * (最高 50万元), "Formula, up to ¥1 million", "Matching; no fixed maximum".
 */
export function awardSummary(m: Pick<MeasureDef, "kind" | "maxFen" | "fixedAmountsFen">, locale: string, t: PolicyT): string {
  const max = maxAmount(m, locale);
  if (!max) return t(`award.${m.kind}Open`);
  if (m.kind !== "fixed") return t(`award.${m.kind}`, { amount: max });
  const amounts = (m.fixedAmountsFen ?? [m.maxFen]).map((fen) => formatCompact(fen, locale));
  const list = amounts.length > 1 ? t("award.either", { some: amounts.slice(0, -1).join(t("award.comma")), last: amounts.at(-1)! }) : amounts[0];
  return t("award.fixed", { amount: list });
}

export interface MeasureFilter {
  q: string;
  org: OrgType | "";
  bureau: BureauId | "";
  kind: MeasureKind | "";
}

const pick = <T extends string>(v: unknown, allowed: readonly T[]): T | "" =>
  typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : "";

/** the filter from URL search params; unknown values are ignored rather than failing */
export function readFilter(sp: Record<string, string | string[] | undefined>): MeasureFilter {
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k][0] : sp[k]);
  return {
    q: (one("q") ?? "").trim().slice(0, 100),
    org: pick(one("org"), ORG_TYPES),
    bureau: pick(one("bureau"), LEAD_BUREAUS),
    kind: pick(one("kind"), KINDS),
  };
}

function matchesText(m: MeasureDef, q: string): boolean {
  if (!q) return true;
  const clause = q.match(/^(?:第|clause\s*|c)?\s*(\d{1,2})\s*条?$/i);
  if (clause) return m.clause === Number(clause[1]);
  const needle = q.toLowerCase();
  return [m.id, m.title.zh, m.title.en, m.summary.zh, m.summary.en].some((s) => s.toLowerCase().includes(needle));
}

export function filterMeasures(f: MeasureFilter): MeasureDef[] {
  return MEASURES.filter((m) =>
    (!f.org || m.orgTypes.includes(f.org)) &&
    (!f.bureau || m.leadBureau === f.bureau) &&
    (!f.kind || m.kind === f.kind) &&
    matchesText(m, f.q));
}

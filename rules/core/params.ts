// Parameters that change over time or per round. Data, not code: a round may override any of them.
import type { DeepPartial, Grade, LprEntry, RuleParams } from "./types";

/** One-year LPR by month of publication (measures.md, clause 25). */
export const DEFAULT_LPR: LprEntry[] = [
  { from: "2022-08", bp: 365 },
  { from: "2023-06", bp: 355 },
  { from: "2023-08", bp: 345 },
  { from: "2024-07", bp: 335 },
  { from: "2024-10", bp: 310 },
  { from: "2025-05", bp: 300 },
];

export function defaultParams(defaultGrades: Record<string, Grade[]>): RuleParams {
  return {
    lpr: { entries: DEFAULT_LPR, knownThrough: "2026-11" },
    eligibleGrades: defaultGrades,
    blacklistCheck: true,
    noticeDays: 7,
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Overrides win field by field; arrays are replaced whole. Bad shapes are ignored, never thrown. */
export function mergeParams(base: RuleParams, over: DeepPartial<RuleParams> | undefined): RuleParams {
  if (!isPlainObject(over)) return base;
  const lpr = isPlainObject(over.lpr) ? over.lpr : undefined;
  const entries = lpr && Array.isArray(lpr.entries)
    ? (lpr.entries as unknown[]).filter(
        (e): e is LprEntry =>
          isPlainObject(e) && typeof e.from === "string" && /^\d{4}-\d{2}$/.test(e.from) &&
          typeof e.bp === "number" && Number.isInteger(e.bp) && e.bp >= 0,
      ).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    : base.lpr.entries;
  const knownThrough = lpr && typeof lpr.knownThrough === "string" && /^\d{4}-\d{2}$/.test(lpr.knownThrough)
    ? lpr.knownThrough
    : base.lpr.knownThrough;
  const grades: Record<string, Grade[]> = { ...base.eligibleGrades };
  if (isPlainObject(over.eligibleGrades)) {
    for (const [k, v] of Object.entries(over.eligibleGrades)) {
      if (Array.isArray(v)) grades[k] = v.filter((g): g is Grade => typeof g === "string") as Grade[];
    }
  }
  return {
    lpr: { entries, knownThrough },
    eligibleGrades: grades,
    blacklistCheck: typeof over.blacklistCheck === "boolean" ? over.blacklistCheck : base.blacklistCheck,
    noticeDays:
      typeof over.noticeDays === "number" && Number.isInteger(over.noticeDays) && over.noticeDays >= 0
        ? over.noticeDays
        : base.noticeDays,
  };
}

/** The LPR (bp) in force in month "YYYY-MM", or null when the table does not cover it. */
export function lprFor(params: RuleParams, month: string): number | null {
  const { entries, knownThrough } = params.lpr;
  if (month > knownThrough) return null;
  let found: number | null = null;
  for (const e of entries) {
    if (e.from <= month) found = e.bp;
    else break;
  }
  return found;
}

function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return "[" + v.map(stableStringify).join(",") + "]";
  if (isPlainObject(v)) {
    return "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + stableStringify(v[k])).join(",") + "}";
  }
  return JSON.stringify(v) ?? "null";
}

/** FNV-1a 64-bit over the stable JSON of the parameters: same params, same hash, in any runtime. */
export function hashParams(p: RuleParams): string {
  const s = stableStringify(p);
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, "0");
}

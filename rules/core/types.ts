// Shared types of the rules module. Pure TypeScript: no imports from next, react, prisma or lib.

export const ORG_TYPES = [
  "enterprise", "university", "research_institute", "hospital", "social_org",
  "bank", "insurer", "individual", "team",
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const BUREAU_IDS = [
  "sci-tech", "industry-it", "finance", "agriculture", "ocean", "iti",
  "org-dept", "hr", "financial-regulation", "market-regulation", "sci-assoc",
] as const;
export type BureauId = (typeof BUREAU_IDS)[number];

export const CASE_STATUSES = [
  "draft", "submitted", "approved", "paid", "rejected", "returned", "withdrawn",
] as const;
export type HistoryStatus = (typeof CASE_STATUSES)[number];

export const GRADES = ["excellent", "good", "pass", "fail"] as const;
export type Grade = (typeof GRADES)[number];

export type MeasureKind = "fixed" | "ceiling" | "formula" | "match";

export interface Applicant {
  orgType: OrgType;
  registeredInCity: boolean;
  creditBlacklisted: boolean;
}

/** An earlier case of the same applicant. Only approved and paid ones count. */
export interface HistoryEntry {
  measure: string;
  subject: string;
  /** the earlier case's cap year */
  year: number;
  awardedFen: number;
  status: HistoryStatus;
}

/** One explained check, for or against. `clause` is the policy clause number (0 = general rules). */
export interface Reason {
  code: string;
  clause: number;
  ok: boolean;
  zh: string;
  en: string;
}

export interface TraceStep {
  step: string;
  inputs: Record<string, unknown>;
  result: unknown;
}

export interface Decision {
  measure: string;
  eligible: boolean;
  ceilingFen: number;
  fixed: boolean;
  reasons: Reason[];
  trace: TraceStep[];
  rulesetVersion: string;
  paramsHash: string;
}

/** "YYYY-MM" month of publication and the one-year LPR in basis points. */
export interface LprEntry {
  from: string;
  bp: number;
}

export interface RuleParams {
  lpr: { entries: LprEntry[]; knownThrough: string };
  /** eligible grades of the 择优 measures, by measure id */
  eligibleGrades: Record<string, Grade[]>;
  blacklistCheck: boolean;
  noticeDays: number;
}

export interface EvalInput {
  measure: string;
  applicant: Applicant;
  subject: string;
  facts: unknown;
  history?: HistoryEntry[];
  params?: DeepPartial<RuleParams>;
}

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

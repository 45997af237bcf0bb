// Test data builders for the rules module.
import type { Applicant, EvalInput, HistoryEntry } from "../core/types";

export function makeApplicant(over: Partial<Applicant> = {}): Applicant {
  return { orgType: "enterprise", registeredInCity: true, creditBlacklisted: false, ...over };
}

export function makeInput(measure: string, facts: Record<string, unknown>, over: Partial<EvalInput> = {}): EvalInput {
  return { measure, applicant: makeApplicant(), subject: "subject-1", facts, history: [], ...over };
}

export function award(measure: string, year: number, awardedFen: number, over: Partial<HistoryEntry> = {}): HistoryEntry {
  return { measure, subject: "earlier", year, awardedFen, status: "approved", ...over };
}

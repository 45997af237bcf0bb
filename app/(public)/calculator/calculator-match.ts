// The calculator's answers as the matcher's organisation profile, and the matcher's verdicts.
import { matchProfile, type MatchResult } from "@/rules/matcher";
import { figuresFen, type CalculatorInput } from "./calculator-schema";

export type { MatchResult, MatchStatus } from "@/rules/matcher";

/**
 * asOf: today's date (YYYY-MM-DD) as the server saw it, so the fiscal year of the R&D figures
 * (the year before) is the one the form's labels name.
 */
export function runCalculator(input: CalculatorInput, asOf: string): MatchResult[] {
  return matchProfile({
    orgType: input.orgType,
    registeredInCity: input.registeredInCity,
    qualifications: input.qualifications,
    figures: figuresFen(input),
    asOf,
  });
}

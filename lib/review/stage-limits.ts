// Stage time limits (issue 13 §1c): how many working days a case may wait in a stage before the
// bureau's reviewers are told. Per round (Round.reviewLimitDays, confirmLimitDays); counted
// from when the case entered its current status (Case.statusSince). Pure: the queue marks a late
// case with it and the scheduled job (lib/jobs/stage-limits.ts) flags the same cases.
import { workingDaysBetween, type WorkCalendar } from "../calendar/working-days";

export type Stage = "first_review" | "confirm";

/** the stage a status is in, if it has a limit: waiting for a proposal, or for the second pair of eyes */
export const STAGE_OF: Partial<Record<string, Stage>> = { submitted: "first_review", proposed: "confirm" };
export const LIMITED_STATUSES = Object.keys(STAGE_OF);

export interface StageLimits {
  reviewLimitDays: number;
  confirmLimitDays: number;
}

export interface StageLate {
  stage: Stage;
  limit: number;
  days: number;
}

/** The case's stage when it has waited longer than the round allows, else null. */
export function stageLate(cal: WorkCalendar, c: { status: string; statusSince: Date }, limits: StageLimits, now: Date): StageLate | null {
  const stage = STAGE_OF[c.status];
  if (!stage) return null;
  const limit = stage === "first_review" ? limits.reviewLimitDays : limits.confirmLimitDays;
  const days = workingDaysBetween(cal, c.statusSince, now);
  return days > limit ? { stage, limit, days } : null;
}

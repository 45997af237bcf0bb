// What happens next to a case (issue 15 §5): the stages of the lifecycle still ahead of it
// (measures.md "The life of a case": 受理审核 → 复核 → 公示 → 拨付; a returned case first goes back
// to the applicant), each with its round's time limit in working days and, where it can be
// counted, the date by which it is due. Pure: the applicant's case page shows it.
import { addWorkingDays, endOfBeijingDay, workingDaysBetween, type WorkCalendar } from "../calendar/working-days";
import { TRANSITIONS } from "./transitions";

export type StageKey = "submit" | "fix" | "first_review" | "confirm" | "notice" | "payment";

/** The round's time limits (Round columns), in working days. */
export interface RoundLimits {
  closesAt: Date;
  fixWorkingDays: number;
  reviewLimitDays: number;
  confirmLimitDays: number;
  noticeDays: number;
}

export interface StageAhead {
  key: StageKey;
  /** the stage the case is in now */
  current: boolean;
  /** the round's limit in working days; null: the stage has none (payment, the round's closing) */
  limitDays: number | null;
  /** the latest moment the stage should end: the current stage from when it began, later stages each after the one before */
  dueAt: Date | null;
  /** working days left for the current stage (0 on its last day); null when not counted */
  daysLeft: number | null;
  overdue: boolean;
}

const FROM_SUBMISSION: StageKey[] = ["first_review", "confirm", "notice", "payment"];

/** Where each status stands in the path; statuses not listed (paid, rejected, withdrawn…) have nothing ahead. */
const CURRENT: Record<string, StageKey> = {
  draft: "submit",
  returned: "fix",
  ...Object.fromEntries(TRANSITIONS.propose.from.map((s) => [s, "first_review"])),
  ...Object.fromEntries(TRANSITIONS.confirm_approve.from.map((s) => [s, "confirm"])),
  ...Object.fromEntries([...TRANSITIONS.end_notice.from, ...TRANSITIONS.dismiss_objection.from].map((s) => [s, "notice"])),
  ...Object.fromEntries(TRANSITIONS.pay.from.map((s) => [s, "payment"])),
};

function limitOf(key: StageKey, r: RoundLimits): number | null {
  switch (key) {
    case "fix": return r.fixWorkingDays;
    case "first_review": return r.reviewLimitDays;
    case "confirm": return r.confirmLimitDays;
    case "notice": return r.noticeDays;
    default: return null;
  }
}

export interface CaseTimes {
  status: string;
  /** when the case entered its status (stage limits count from here) */
  statusSince: Date;
  fixDueAt: Date | null;
  noticeEndsAt: Date | null;
}

export function stagesAhead(cal: WorkCalendar, c: CaseTimes, round: RoundLimits, now: Date): StageAhead[] {
  const current = CURRENT[c.status];
  if (!current) return [];
  const keys: StageKey[] = current === "submit" || current === "fix" ? [current, ...FROM_SUBMISSION] : FROM_SUBMISSION.slice(FROM_SUBMISSION.indexOf(current));
  const out: StageAhead[] = [];
  for (const key of keys) {
    const limitDays = limitOf(key, round);
    const prev = out[out.length - 1];
    let dueAt: Date | null = null;
    if (key === current) {
      if (key === "submit") dueAt = round.closesAt;
      else if (key === "fix") dueAt = c.fixDueAt;
      // an objection holds the notice until it is decided: no date can be given then
      else if (key === "notice") dueAt = c.status === "in_notice" ? c.noticeEndsAt : null;
      else if (limitDays !== null) dueAt = endOfBeijingDay(addWorkingDays(cal, c.statusSince, limitDays));
    } else if (prev?.dueAt && limitDays !== null && prev.key !== "submit" && prev.key !== "fix") {
      // after a submission the dates run from it: unknown until the applicant (re)submits
      dueAt = endOfBeijingDay(addWorkingDays(cal, prev.dueAt, limitDays));
    }
    const isCurrent = key === current;
    const overdue = isCurrent && dueAt !== null && now > dueAt;
    out.push({ key, current: isCurrent, limitDays, dueAt, daysLeft: isCurrent && dueAt && !overdue ? workingDaysBetween(cal, now, dueAt) : null, overdue });
  }
  return out;
}

// Case statuses as people read them. Pure: used by server and client components alike.
// The statuses and every set of them come from the lifecycle table (transitions.ts).
import en from "../i18n/messages/en/case-status.json";
import zh from "../i18n/messages/zh/case-status.json";
import { AWARDED, CASE_STATUSES, isAwarded, type CaseStatus } from "./transitions";

export { AWARDED, CASE_STATUSES, type CaseStatus };

type Label = { zh: string; en: string };

// The words live in the message files (caseStatus.applicant / caseStatus.staff); a status missing
// there fails to compile here, and lib/cases/status.test.ts checks both languages.
const labels = (audience: "applicant" | "staff"): Record<CaseStatus, Label> =>
  Object.fromEntries(CASE_STATUSES.map((s) => [s, { zh: zh.caseStatus[audience][s], en: en.caseStatus[audience][s] }])) as Record<CaseStatus, Label>;

/** What an applicant sees (草稿 / 已提交 / 审核中 / 退回修改 / 公示中 / 已拨付 / 未通过 / 已撤回). */
export const APPLICANT_STATUS = labels("applicant");

/** What staff see: every status distinctly. */
export const STAFF_STATUS = labels("staff");

/** How the rules see an earlier case: awarded (approved or paid) or not counting. */
export function historyStatusOf(s: CaseStatus): "approved" | "paid" | "submitted" | "draft" | "rejected" | "returned" | "withdrawn" {
  if (s === "paid") return "paid";
  if (isAwarded(s)) return "approved";
  if (s === "draft" || s === "rejected" || s === "returned" || s === "withdrawn") return s;
  if (s === "discarded") return "withdrawn";
  return "submitted";
}

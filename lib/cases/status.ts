// Case statuses as people read them. Pure: used by server and client components alike.
// The statuses and every set of them come from the lifecycle table (transitions.ts).
import { AWARDED, CASE_STATUSES, isAwarded, type CaseStatus } from "./transitions";

export { AWARDED, CASE_STATUSES, type CaseStatus };

type Label = { zh: string; en: string };

/** What an applicant sees (草稿 / 已提交 / 审核中 / 退回修改 / 公示中 / 已拨付 / 未通过 / 已撤回). */
export const APPLICANT_STATUS: Record<CaseStatus, Label> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "已提交", en: "Submitted" },
  proposed: { zh: "审核中", en: "Under review" },
  returned: { zh: "退回修改", en: "Returned for correction" },
  rejected: { zh: "未通过", en: "Not approved" },
  in_notice: { zh: "公示中", en: "In public notice" },
  objected: { zh: "公示中", en: "In public notice" },
  payable: { zh: "待拨付", en: "Awaiting payment" },
  paid: { zh: "已拨付", en: "Paid" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
};

/** What staff see: every status distinctly. */
export const STAFF_STATUS: Record<CaseStatus, Label> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "待审核", en: "To review" },
  proposed: { zh: "待复核", en: "To confirm" },
  returned: { zh: "已退回", en: "Returned" },
  rejected: { zh: "未通过", en: "Rejected" },
  in_notice: { zh: "公示中", en: "In notice" },
  objected: { zh: "异议处理中", en: "Objection open" },
  payable: { zh: "待拨付", en: "Awaiting payment" },
  paid: { zh: "已拨付", en: "Paid" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
};

/** How the rules see an earlier case: awarded (approved or paid) or not counting. */
export function historyStatusOf(s: CaseStatus): "approved" | "paid" | "submitted" | "draft" | "rejected" | "returned" | "withdrawn" {
  if (s === "paid") return "paid";
  if (isAwarded(s)) return "approved";
  if (s === "draft" || s === "rejected" || s === "returned" || s === "withdrawn") return s;
  return "submitted";
}

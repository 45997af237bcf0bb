// Case statuses as people read them. Pure: used by server and client components alike.
export const CASE_STATUSES = [
  "draft", "submitted", "proposed", "returned", "rejected", "approved", "in_notice", "objected", "payable", "paid", "withdrawn",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

type Label = { zh: string; en: string };

/** What an applicant sees (草稿 / 已提交 / 审核中 / 退回修改 / 公示中 / 已拨付 / 未通过 / 已撤回). */
export const APPLICANT_STATUS: Record<CaseStatus, Label> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "已提交", en: "Submitted" },
  proposed: { zh: "审核中", en: "Under review" },
  returned: { zh: "退回修改", en: "Returned for correction" },
  rejected: { zh: "未通过", en: "Not approved" },
  approved: { zh: "公示中", en: "In public notice" },
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
  approved: { zh: "已批准", en: "Approved" },
  in_notice: { zh: "公示中", en: "In notice" },
  objected: { zh: "异议处理中", en: "Objection open" },
  payable: { zh: "待拨付", en: "Awaiting payment" },
  paid: { zh: "已拨付", en: "Paid" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
};

export const STATUS_TONE: Record<CaseStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  submitted: "bg-blue-100 text-blue-800",
  proposed: "bg-indigo-100 text-indigo-800",
  returned: "bg-amber-100 text-amber-900",
  rejected: "bg-red-100 text-red-800",
  approved: "bg-teal-100 text-teal-800",
  in_notice: "bg-teal-100 text-teal-800",
  objected: "bg-orange-100 text-orange-900",
  payable: "bg-emerald-100 text-emerald-800",
  paid: "bg-green-100 text-green-800",
  withdrawn: "bg-slate-100 text-slate-600",
};

/** How the rules see an earlier case: awarded (approved or paid) or not counting. */
export function historyStatusOf(s: CaseStatus): "approved" | "paid" | "submitted" | "draft" | "rejected" | "returned" | "withdrawn" {
  switch (s) {
    case "approved": case "in_notice": case "objected": case "payable": return "approved";
    case "paid": return "paid";
    case "proposed": return "submitted";
    default: return s;
  }
}

/** statuses in which an award is committed (counts against caps and budget) */
export const AWARDED: CaseStatus[] = ["approved", "in_notice", "objected", "payable", "paid"];

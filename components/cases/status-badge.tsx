import { APPLICANT_STATUS, STAFF_STATUS, type CaseStatus } from "@/lib/cases/status";

/** Colours of the statuses that have their own; any other status (a new one) reads in neutral slate. */
const STATUS_TONE: Partial<Record<CaseStatus, string>> = {
  draft: "bg-slate-100 text-slate-700",
  submitted: "bg-blue-100 text-blue-800",
  proposed: "bg-indigo-100 text-indigo-800",
  returned: "bg-amber-100 text-amber-900",
  rejected: "bg-red-100 text-red-800",
  in_notice: "bg-teal-100 text-teal-800",
  objected: "bg-orange-100 text-orange-900",
  payable: "bg-emerald-100 text-emerald-800",
  paid: "bg-green-100 text-green-800",
  withdrawn: "bg-slate-100 text-slate-600",
  discarded: "bg-slate-100 text-slate-500",
};

/** Status pill; applicants see plain labels, staff see every status distinctly. */
export function StatusBadge({ status, locale, audience }: { status: string; locale: string; audience: "applicant" | "staff" }) {
  const s = status as CaseStatus;
  const label = (audience === "applicant" ? APPLICANT_STATUS : STAFF_STATUS)[s] ?? { zh: status, en: status };
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${STATUS_TONE[s] ?? "bg-slate-100"}`} data-testid="status-badge">
      {locale === "en" ? label.en : label.zh}
    </span>
  );
}

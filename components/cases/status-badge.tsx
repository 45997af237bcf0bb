import { APPLICANT_STATUS, STAFF_STATUS, STATUS_TONE, type CaseStatus } from "@/lib/cases/status";

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

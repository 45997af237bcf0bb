import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";
import { EmptyState } from "@/components/empty-state";
import type { SessionUser } from "@/lib/auth/sign-in";
import type { QueueRow } from "@/lib/review/queue";
import { hasFilters, type QueueFilter } from "@/lib/review/queue-filter";
import { loadWorkCalendar } from "@/lib/calendar/calendar";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { stageLate } from "@/lib/review/stage-limits";
import { engine } from "@/rules";
import { formatDate } from "@/lib/format-date";

const OPEN = ["submitted", "proposed", "in_notice", "objected"];

export async function QueueTable({ user, rows, filter }: { user: SessionUser; rows: QueueRow[]; filter: QueueFilter }) {
  const [t, tj, tn, locale, cal] = await Promise.all([getTranslations("review.queue"), getTranslations("jobs.stage"), getTranslations("nextSteps.queue"), getLocale(), loadWorkCalendar()]);
  const en = locale === "en";
  const now = new Date();
  if (rows.length === 0) {
    return <EmptyState title={t(hasFilters(filter) ? "emptyFiltered" : `empty.${filter.tab}`)} hint={hasFilters(filter) ? undefined : t("emptyHint")} />;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" data-testid="queue-table">
        <caption className="sr-only">{t(`tabs.${filter.tab}`)}</caption>
        <thead className="hidden bg-slate-50 text-xs text-slate-600 md:table-header-group">
          <tr>
            <th scope="col" className="px-4 py-3">{t("colCase")}</th>
            <th scope="col" className="px-4 py-3">{t("colOrg")}</th>
            <th scope="col" className="px-4 py-3">{t("colMeasure")}</th>
            <th scope="col" className="px-4 py-3">{t("colSubmitted")}</th>
            <th scope="col" className="px-4 py-3 text-right">{t("colAge")}</th>
            <th scope="col" className="px-4 py-3 text-right">{t("colCeiling")}</th>
            <th scope="col" className="px-4 py-3 text-right">{t("colAmount")}</th>
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {rows.map((r) => {
            const m = engine.measures.get(r.measureId);
            const co = user.role === "reviewer" && r.leadBureauId !== user.bureauId;
            const pending = r.reviewActions[0];
            const open = OPEN.includes(r.status);
            const age = r.submittedAt ? workingDaysBetween(cal, r.submittedAt, open ? now : r.paidAt ?? r.decidedAt ?? r.updatedAt) : 0;
            // past the round's time limit for its stage (the scheduled job told the bureau's reviewers too)
            const late = stageLate(cal, r, r.round, now);
            const amount = r.approvedFen ?? (pending?.proposal === "approve" ? pending.amountFen : null);
            return (
              <tr key={r.id} className="block border-t border-slate-200 px-4 py-3 first:border-t-0 md:table-row md:p-0" data-testid="queue-row">
                <th scope="row" className="block pb-1 font-normal md:table-cell md:px-4 md:py-3 md:align-top">
                  <Link href={`/review/cases/${r.id}`} className="font-medium tabular-nums" data-testid="case-link">{r.caseNo ?? r.id}</Link>
                  <span className="mt-1 flex flex-wrap gap-1">
                    <StatusBadge status={r.status} locale={locale} audience="staff" />
                    {late && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900" data-testid="late-label" title={tj(`lateTitle.${late.stage}`, { days: late.days, limit: late.limit })}>{tj("late")}</span>}
                    {co && <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs text-slate-700" data-testid="co-label">{t("coReadOnly")}</span>}
                    {r.revision > 1 && <span className="rounded-full bg-indigo-100 px-2 py-0.5 text-xs font-semibold text-indigo-900" data-testid="resubmitted-label" title={tn("resubmittedTitle", { n: r.revision })}>{tn("resubmitted")}</span>}
                  </span>
                  {pending && <span className="mt-1 block text-xs text-slate-600">{t("proposedBy", { name: pending.proposedByName ?? "—", proposal: t(`proposal.${pending.proposal}`) })}</span>}
                </th>
                <td data-label={t("colOrg")} className={CELL}>
                  <div className="min-w-0">
                    <span className="block">{r.organisation.name}</span>
                    <span className="block text-xs text-slate-600 tabular-nums">{r.organisation.creditCode}</span>
                  </div>
                </td>
                <td data-label={t("colMeasure")} className={CELL}>{m ? (en ? m.title.en : m.title.zh) : r.measureId}</td>
                <td data-label={t("colSubmitted")} className={`${CELL} md:whitespace-nowrap`}>{r.submittedAt ? formatDate(r.submittedAt, locale) : "—"}</td>
                <td data-label={t("colAge")} className={`${CELL} md:text-right md:whitespace-nowrap`}>
                  <span className={late ? "font-semibold text-amber-800" : ""}>{t("age", { n: age })}</span>
                </td>
                <td data-label={t("colCeiling")} className={`${CELL} md:text-right md:whitespace-nowrap`}><Money fen={r.ceilingFen} /></td>
                <td data-label={t("colAmount")} className={`${CELL} md:text-right md:whitespace-nowrap`}><Money fen={amount} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const CELL = "stacked-cell";

import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import type { SessionUser } from "@/lib/auth/sign-in";
import type { QueueRow } from "@/lib/review/queue";
import { hasFilters, type QueueFilter } from "@/lib/review/queue-filter";
import { loadWorkCalendar } from "@/lib/calendar/calendar";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { stageLate } from "@/lib/review/stage-limits";
import { engine } from "@/rules";
import { formatDate } from "@/lib/format-date";
import { QueueRows, type QueueItem, type QueueRowLabels } from "./queue-rows";

const OPEN = ["submitted", "proposed", "in_notice", "objected"];

export async function QueueTable({ user, rows, filter }: { user: SessionUser; rows: QueueRow[]; filter: QueueFilter }) {
  const [t, tj, tn, locale, cal] = await Promise.all([getTranslations("review.queue"), getTranslations("jobs.stage"), getTranslations("nextSteps.queue"), getLocale(), loadWorkCalendar()]);
  const en = locale === "en";
  const now = new Date();
  if (rows.length === 0) {
    return <EmptyState title={t(hasFilters(filter) ? "emptyFiltered" : `empty.${filter.tab}`)} hint={hasFilters(filter) ? undefined : t("emptyHint")} />;
  }
  const items = rows.map((r): QueueItem => {
    const m = engine.measures.get(r.measureId);
    const pending = r.reviewActions[0];
    const open = OPEN.includes(r.status);
    const age = r.submittedAt ? workingDaysBetween(cal, r.submittedAt, open ? now : r.paidAt ?? r.decidedAt ?? r.updatedAt) : 0;
    // past the round's time limit for its stage (the scheduled job told the bureau's reviewers too)
    const late = stageLate(cal, r, r.round, now);
    return {
      id: r.id, no: r.caseNo ?? r.id, status: r.status,
      late: late ? tj(`lateTitle.${late.stage}`, { days: late.days, limit: late.limit }) : null,
      co: user.role === "reviewer" && r.leadBureauId !== user.bureauId,
      resubmitted: r.revision > 1 ? tn("resubmittedTitle", { n: r.revision }) : null,
      proposed: pending ? t("proposedBy", { name: pending.proposedByName ?? "—", proposal: t(`proposal.${pending.proposal}`) }) : null,
      org: r.organisation.name, creditCode: r.organisation.creditCode,
      measure: m ? (en ? m.title.en : m.title.zh) : r.measureId,
      submitted: r.submittedAt ? formatDate(r.submittedAt, locale) : "—",
      age: t("age", { n: age }),
      ceilingFen: r.ceilingFen,
      amountFen: r.approvedFen ?? (pending?.proposal === "approve" ? pending.amountFen : null),
    };
  });
  const labels: QueueRowLabels = {
    org: t("colOrg"), measure: t("colMeasure"), submitted: t("colSubmitted"), age: t("colAge"), ceiling: t("colCeiling"), amount: t("colAmount"),
    late: tj("late"), co: t("coReadOnly"), resubmitted: tn("resubmitted"),
  };
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
          <QueueRows items={items} labels={labels} locale={locale} />
        </tbody>
      </table>
    </div>
  );
}


import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";
import { formatYuan } from "@/lib/money";
import type { StaffCaseView } from "@/lib/review/case-view";
import { engine } from "@/rules";

/** The organisation's other cases and awards, across measures and years (double-benefit and cap checks). */
export async function Ledger({ view }: { view: StaffCaseView }) {
  const [t, locale] = await Promise.all([getTranslations("review.case"), getLocale()]);
  const en = locale === "en";
  if (view.ledger.length === 0) return <p className="text-sm text-slate-600" data-testid="ledger">{t("ledgerEmpty")}</p>;
  return (
    <div className="space-y-3" data-testid="ledger">
      {view.awardedByYear.length > 0 && (
        <p className="text-sm">
          <span className="text-slate-600">{t("awardedByYear")}：</span>
          {view.awardedByYear.map(([y, fen]) => t("yearAmount", { year: y, amount: formatYuan(fen) })).join(en ? "; " : "；")}
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="text-xs text-slate-600">
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-3">{t("colCase")}</th>
              <th scope="col" className="py-2 pr-3">{t("colMeasure")}</th>
              <th scope="col" className="py-2 pr-3">{t("colYear")}</th>
              <th scope="col" className="py-2 pr-3">{t("colStatus")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("colApproved")}</th>
              <th scope="col" className="py-2 text-right">{t("colPaid")}</th>
            </tr>
          </thead>
          <tbody>
            {view.ledger.map((o) => {
              const m = engine.measures.get(o.measureId);
              return (
                <tr key={o.id} className="border-b border-slate-100 last:border-0">
                  <td className="py-2 pr-3 tabular-nums">{o.readable ? <Link href={`/review/cases/${o.id}`}>{o.caseNo}</Link> : o.caseNo}</td>
                  <td className="py-2 pr-3">{m ? (en ? m.title.en : m.title.zh) : o.measureId}</td>
                  <td className="py-2 pr-3 tabular-nums">{o.capYear ?? o.round.year}</td>
                  <td className="py-2 pr-3"><StatusBadge status={o.status} locale={locale} audience="staff" /></td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap"><Money fen={o.approvedFen} /></td>
                  <td className="py-2 text-right whitespace-nowrap">{o.payment ? formatYuan(o.payment.amountFen) : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

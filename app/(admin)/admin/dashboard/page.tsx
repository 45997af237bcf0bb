import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { dashboardFigures, defaultRoundId, roundChoices, type MoneyRow } from "@/lib/admin/dashboard";
import { guardPage } from "@/lib/auth/guard-page";
import { STAFF_STATUS } from "@/lib/cases/status";
import { formatCompact, formatYuan } from "@/lib/money";
import { ScrollTable } from "@/components/scroll-table";
import { RoundPicker } from "../_components/round-picker";
import { BudgetChart, StatusChart } from "./charts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.dashboard"))("title") };
}

const pct = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : "—");
const TH = "px-3 py-2 text-right font-medium whitespace-nowrap";
const TD = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

function MoneyCells({ r, unit }: { r: MoneyRow; unit: string }) {
  return (
    <>
      <td className={TD} data-col="submitted">{r.submitted}</td>
      <td className={TD} data-col="requested">{formatYuan(r.requestedFen)}</td>
      <td className={TD}>
        <span data-col="committedFen">{formatYuan(r.committedFen)}</span>
        <span className="block text-xs text-slate-500"><span data-col="committed">{r.committed}</span> {unit}</span>
      </td>
      <td className={TD}>
        <span data-col="paidFen">{formatYuan(r.paidFen)}</span>
        <span className="block text-xs text-slate-500"><span data-col="paid">{r.paid}</span> {unit}</span>
      </td>
    </>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ round?: string }> }) {
  const user = await guardPage("/admin/dashboard", "admin");
  const [t, locale] = await Promise.all([getTranslations("admin.dashboard"), getLocale()]);
  const en = locale === "en";
  const rounds = await roundChoices(user);
  const roundId = (await searchParams).round ?? (await defaultRoundId());
  if (!roundId || !rounds.some((r) => r.id === roundId)) {
    return (
      <div className="space-y-6">
        <h1 className="page-title">{t("title")}</h1>
        {rounds.length > 0 && <RoundPicker rounds={rounds} current={null} action="/admin/dashboard" />}
        <EmptyState title={t("noRound")} />
      </div>
    );
  }
  const f = await dashboardFigures(user, roundId);
  const moneyHead = (
    <>
      <th scope="col" className={TH}>{t("col.submitted")}</th>
      <th scope="col" className={TH}>{t("col.requested")}</th>
      <th scope="col" className={TH}>{t("col.committedFen")}</th>
      <th scope="col" className={TH}>{t("col.paidFen")}</th>
    </>
  );
  // display only: the cards and bars read 1.26亿元 / ¥126 million, the tables give exact yuan
  const compact = (fen: number) => formatCompact(fen, locale);
  const budgetBars = [...f.byMeasure]
    .filter((m) => m.budgetFen > 0 || m.committedFen > 0)
    .sort((a, b) => b.committedFen - a.committedFen || b.budgetFen - a.budgetFen)
    .slice(0, 10)
    .map((m) => ({ id: m.measureId, title: en ? m.titleEn : m.titleZh, committedFen: m.committedFen, paidFen: m.paidFen, budgetFen: m.budgetFen }));
  const statusBars = f.byStatus.filter((s) => s.cases > 0).map((s) => ({ label: en ? STAFF_STATUS[s.status].en : STAFF_STATUS[s.status].zh, cases: s.cases }));
  const cards = [
    { key: "submitted", label: t("card.submitted"), value: f.totals.submitted.toLocaleString(en ? "en" : "zh-CN"), sub: t("card.allCases", { count: f.totals.cases }) },
    { key: "requested", label: t("card.requested"), value: compact(f.totals.requestedFen), sub: formatYuan(f.totals.requestedFen) },
    { key: "committed", label: t("card.committed"), value: compact(f.totals.committedFen), sub: t("card.ofBudget", { pct: pct(f.totals.committedFen, f.totals.budgetFen), budget: compact(f.totals.budgetFen) }) },
    { key: "paid", label: t("card.paid"), value: compact(f.totals.paidFen), sub: t("card.paidCases", { count: f.totals.paid }) },
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="page-title">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{f.round.name}</p>
        </div>
        <a href={`/admin/dashboard/export?round=${encodeURIComponent(f.round.id)}`} className="btn-secondary" download data-testid="export">{t("export")}</a>
      </div>
      <RoundPicker rounds={rounds} current={f.round.id} action="/admin/dashboard" />

      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {cards.map((c) => (
          <li key={c.key} className="card p-4" data-testid={`card-${c.key}`}>
            <p className="text-xs text-slate-600">{c.label}</p>
            <p className="mt-1 text-lg font-semibold tabular-nums text-slate-900 sm:text-2xl" data-testid="card-value">{c.value}</p>
            <p className="mt-1 text-xs text-slate-600">{c.sub}</p>
          </li>
        ))}
      </ul>

      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[3fr_2fr]">
        <section className="card min-w-0" aria-labelledby="chart-budget">
          <h2 id="chart-budget" className="mb-1 text-base font-semibold">{t("chartBudget")}</h2>
          <p className="mb-3 text-xs text-slate-600">{t("chartBudgetNote")} {t("chartNote")}</p>
          {budgetBars.length ? <BudgetChart data={budgetBars} money={compact} labels={{ committed: t("col.committedFen"), paid: t("col.paidFen"), budget: t("col.budget"), over: t("overBudget"), noBudget: t("noBudget") }} /> : <p className="text-sm text-slate-600">{t("empty")}</p>}
        </section>
        <div className="min-w-0 space-y-6">
          <section className="card" aria-labelledby="chart-status">
            <h2 id="chart-status" className="mb-1 text-base font-semibold">{t("chartStatus")}</h2>
            <p className="mb-3 text-xs text-slate-600">{t("chartNote")}</p>
            {statusBars.length ? <StatusChart data={statusBars} /> : <p className="text-sm text-slate-600">{t("empty")}</p>}
          </section>
          <section className="card overflow-hidden p-0" aria-labelledby="t-stage">
            <h2 id="t-stage" className="px-4 py-3 text-base font-semibold">{t("stages")}</h2>
            <table className="w-full text-sm" data-testid="table-stage">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left font-medium">{t("col.stage")}</th>
                  <th scope="col" className={TH}>{t("col.cases")}</th>
                  <th scope="col" className={TH}>{t("col.avgDays")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {f.stages.map((s) => (
                  <tr key={s.stage} data-testid={`stage-${s.stage}`}>
                    <th scope="row" className="px-3 py-2 text-left font-normal">{t(`stage.${s.stage}`)}</th>
                    <td className={TD}>{s.cases}</td>
                    <td className={TD}>{s.avgDays === null ? "—" : t("days", { days: s.avgDays.toFixed(1) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      </div>

      <section className="card overflow-hidden p-0" aria-labelledby="t-measure">
        <h2 id="t-measure" className="px-4 pt-4 text-base font-semibold">{t("byMeasure")}</h2>
        <p className="px-4 pb-2 text-xs text-slate-600">{t("definitions")}</p>
        <ScrollTable label={t("byMeasure")} hint={t("scrollHint")}>
          <table className="w-full text-sm" data-testid="table-measure">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">{t("col.measure")}</th>
                {moneyHead}
                <th scope="col" className={TH}>{t("col.budget")}</th>
                <th scope="col" className={TH}>{t("col.used")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {f.byMeasure.map((m) => (
                <tr key={m.measureId} data-testid={`measure-${m.measureId}`}>
                  <th scope="row" className="min-w-52 px-3 py-2 text-left font-normal">
                    <span className="font-medium">{en ? m.titleEn : m.titleZh}</span>
                    <span className="block whitespace-nowrap font-mono text-xs text-slate-500">{m.measureId}</span>
                  </th>
                  <MoneyCells r={m} unit={t("unit")} />
                  <td className={TD}>{formatYuan(m.budgetFen)}</td>
                  <td className={`${TD} ${m.committedFen > m.budgetFen ? "font-semibold text-gov-red" : ""}`}>{pct(m.committedFen, m.budgetFen)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-200 bg-slate-50 font-medium">
              <tr data-testid="measure-total">
                <th scope="row" className="px-3 py-2 text-left">{t("total")}</th>
                <MoneyCells r={f.totals} unit={t("unit")} />
                <td className={TD}>{formatYuan(f.totals.budgetFen)}</td>
                <td className={TD}>{pct(f.totals.committedFen, f.totals.budgetFen)}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollTable>
      </section>

      <section className="card overflow-hidden p-0" aria-labelledby="t-bureau">
        <h2 id="t-bureau" className="px-4 py-3 text-base font-semibold">{t("byBureau")}</h2>
        <ScrollTable label={t("byBureau")} hint={t("scrollHint")}>
          <table className="w-full text-sm" data-testid="table-bureau">
            <thead className="bg-slate-50 text-slate-600">
              <tr><th scope="col" className="px-3 py-2 text-left font-medium">{t("col.bureau")}</th>{moneyHead}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {f.byBureau.map((b) => (
                <tr key={b.bureauId} data-testid={`bureau-${b.bureauId}`}>
                  <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal">{en ? b.nameEn : b.nameZh}</th>
                  <MoneyCells r={b} unit={t("unit")} />
                </tr>
              ))}
              {f.byBureau.length === 0 && <tr><td colSpan={5} className="px-3 py-4 text-center text-slate-600">{t("empty")}</td></tr>}
            </tbody>
          </table>
        </ScrollTable>
      </section>

      <section className="card overflow-hidden p-0" aria-labelledby="t-status">
        <h2 id="t-status" className="px-4 py-3 text-base font-semibold">{t("byStatus")}</h2>
        <ScrollTable label={t("byStatus")} hint={t("scrollHint")}>
          <table className="w-full text-sm" data-testid="table-status">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">{t("col.status")}</th>
                <th scope="col" className={TH}>{t("col.cases")}</th>
                <th scope="col" className={TH}>{t("col.requested")}</th>
                <th scope="col" className={TH}>{t("col.approved")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {f.byStatus.map((s) => (
                <tr key={s.status} data-testid={`status-${s.status}`}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">{en ? STAFF_STATUS[s.status].en : STAFF_STATUS[s.status].zh}</th>
                  <td className={TD} data-col="cases">{s.cases}</td>
                  <td className={TD}>{formatYuan(s.requestedFen)}</td>
                  <td className={TD}>{formatYuan(s.approvedFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    </div>
  );
}

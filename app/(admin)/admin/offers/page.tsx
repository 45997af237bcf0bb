import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/guard-page";
import { openRoundFor } from "@/lib/cases/drafts";
import { importSpec } from "@/lib/offers/columns";
import { getImport, listImports, type ReportRow } from "@/lib/offers/import";
import { formatMoney } from "@/lib/money";
import { engine } from "@/rules";
import { ImportForm } from "./import-form";
import { formatDateTime } from "@/lib/format-date";
import { AdminHeader } from "../_components/admin-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offers.admin"))("title") };
}

type Query = Record<string, string | string[] | undefined>;
const DEFAULT_MEASURE = "c17-hte-growth";

export default async function OffersAdminPage({ searchParams }: { searchParams: Promise<Query> }) {
  const user = await guardPage("/admin/offers", "admin");
  const q = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("offers.admin"), getLocale()]);
  const en = locale === "en";
  const measureId = typeof q.measure === "string" && engine.measures.has(q.measure) ? q.measure : DEFAULT_MEASURE;
  const spec = importSpec(measureId)!;
  const [round, imports, shown] = await Promise.all([
    openRoundFor(measureId),
    listImports(user),
    typeof q.import === "string" ? getImport(user, q.import).catch(() => null) : Promise.resolve(null),
  ]);
  const measures = [...engine.measures.values()].map((m) => ({ id: m.id, label: `${en ? `Clause ${m.clause}` : `第${m.clause}条`} ${en ? m.title.en : m.title.zh}` }));
  const implied = Object.keys(spec.implied).map((n) => spec.measure.fields.find((f) => f.name === n)).filter((f) => !!f).map((f) => (en ? f.en : f.zh));
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} lead={t("lead")} />
      <section className="card space-y-4" aria-labelledby="import-title">
        <h2 id="import-title" className="text-base font-semibold">{t("import")}</h2>
        <ImportForm measures={measures} measureId={measureId} hasRound={round !== null} />
        <div className="text-sm">
          <p className="text-slate-700">{t("columns")}</p>
          <ul className="mt-1 list-inside list-disc" data-testid="import-columns">
            {spec.columns.map((c) => <li key={c.key}>{en ? c.header.en : c.header.zh}{c.required ? "" : en ? " (optional)" : "（选填）"}</li>)}
          </ul>
          {implied.length > 0 && <p className="mt-1 text-slate-700">{t("implied", { facts: implied.join(en ? "; " : "、") })}</p>}
          <p className="mt-2"><a href={`/admin/offers/template?measure=${encodeURIComponent(measureId)}`} download>{t("template")}</a></p>
        </div>
      </section>
      {shown && <ImportReport id={shown.id} rows={shown.report} en={en} t={t} />}
      <section className="space-y-2" aria-labelledby="history-title">
        <h2 id="history-title" className="text-base font-semibold">{t("history")}</h2>
        {imports.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : (
          <ul className="space-y-1 text-sm">
            {imports.map((i) => {
              const m = engine.measures.get(i.measureId);
              return (
                <li key={i.id}>
                  <a href={`/admin/offers?measure=${encodeURIComponent(i.measureId)}&import=${i.id}#result`}>
                    {t("historyRow", { at: formatDateTime(i.createdAt, locale), measure: m ? (en ? m.title.en : m.title.zh) : i.measureId, file: i.fileName, rows: i.rowCount, offered: i.offeredCount })}
                  </a>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

function ImportReport({ id, rows, en, t }: { id: string; rows: ReportRow[]; en: boolean; t: Awaited<ReturnType<typeof getTranslations<"offers.admin">>> }) {
  const count = (o: string) => rows.filter((r) => r.outcome === o).length;
  const other = rows.length - count("offered") - count("unmatched") - count("ineligible") - count("invalid");
  return (
    <section id="result" className="card space-y-3 scroll-mt-20" aria-labelledby="result-title" data-testid="import-report">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="result-title" className="text-base font-semibold">{t("result")}</h2>
        <a href={`/admin/offers/${id}/report`} download data-testid="report-download">{t("download")}</a>
      </div>
      <p className="text-sm" role="status" data-testid="import-summary">
        {t("summary", { rows: rows.length, offered: count("offered"), unmatched: count("unmatched"), ineligible: count("ineligible"), invalid: count("invalid"), other })}
      </p>
      {/* a phone gets one card per row; a wider screen the table */}
      <ul className="space-y-2 sm:hidden">
        {rows.map((r) => (
          <li key={r.row} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="report-card" data-outcome={r.outcome}>
            <p className="flex flex-wrap justify-between gap-2">
              <span className="text-slate-600">{t("row")} {r.row}</span>
              <span className={r.outcome === "offered" ? "text-green-800" : "text-amber-900"}>{t(`outcomes.${r.outcome}`)}</span>
            </p>
            <p className="font-medium">{r.name || "—"}</p>
            <p className="break-all font-mono text-xs">{r.creditCode}</p>
            <p className="mt-1 break-words">{reasonText(r, en)}</p>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 text-slate-600">
            <tr><th className="whitespace-nowrap py-2 pr-3">{t("row")}</th><th className="pr-3">{t("creditCode")}</th><th className="pr-3">{t("name")}</th><th className="whitespace-nowrap pr-3">{t("outcome")}</th><th>{t("reason")}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} className="border-b border-slate-100 align-top" data-testid="report-row" data-outcome={r.outcome}>
                <td className="py-2 pr-3 tabular-nums">{r.row}</td>
                <td className="pr-3 font-mono text-xs leading-5">{r.creditCode}</td>
                <td className="pr-3">{r.name}</td>
                <td className={`pr-3 whitespace-nowrap ${r.outcome === "offered" ? "text-green-800" : "text-amber-900"}`}>{t(`outcomes.${r.outcome}`)}</td>
                <td className="break-words">{reasonText(r, en)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const reasonText = (r: ReportRow, en: boolean) =>
  r.outcome === "offered" && r.ceilingFen !== undefined ? `${en ? "Estimated" : "预计"} ${formatMoney(r.ceilingFen)}` : en ? r.en : r.zh;

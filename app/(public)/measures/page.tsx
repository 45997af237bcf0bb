import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { MEASURES, ORG_TYPES } from "@/rules";
import { filterMeasures, KINDS, LEAD_BUREAUS, maxAmount, readFilter } from "./measure-catalog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy.list"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// A plain GET form: filtering works without JavaScript and every result has a shareable URL.
export default async function MeasuresPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, tp, to, locale] = await Promise.all([
    getTranslations("policy.list"), getTranslations("policy"), getTranslations("orgTypes"), getLocale(),
  ]);
  const filter = readFilter(await searchParams);
  const found = filterMeasures(filter);
  const en = locale === "en";
  const filtered = Boolean(filter.q || filter.org || filter.bureau || filter.kind);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("lead", { total: MEASURES.length })}</p>
      </div>

      <form method="get" action="/measures" role="search" aria-labelledby="filters-title" className="card">
        <h2 id="filters-title" className="sr-only">{t("filters")}</h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor="q" className="label">{t("q")}</label>
            <input id="q" name="q" type="search" defaultValue={filter.q} className="input" aria-describedby="q-help" />
            <p id="q-help" className="help">{t("qHelp")}</p>
          </div>
          <div>
            <label htmlFor="org" className="label">{t("orgType")}</label>
            <select id="org" name="org" defaultValue={filter.org} className="input">
              <option value="">{t("any")}</option>
              {ORG_TYPES.map((o) => <option key={o} value={o}>{to(o)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="bureau" className="label">{t("bureau")}</label>
            <select id="bureau" name="bureau" defaultValue={filter.bureau} className="input">
              <option value="">{t("any")}</option>
              {LEAD_BUREAUS.map((b) => <option key={b} value={b}>{tp(`bureaus.${b}`)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="kind" className="label">{t("kind")}</label>
            <select id="kind" name="kind" defaultValue={filter.kind} className="input">
              <option value="">{t("any")}</option>
              {KINDS.map((k) => <option key={k} value={k}>{tp(`kinds.${k}`)}</option>)}
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className="btn-primary">{t("submit")}</button>
          {filtered && <Link href="/measures" className="btn-secondary">{t("reset")}</Link>}
          <p className="text-sm text-slate-700" role="status" data-testid="measure-count">{t("count", { count: found.length })}</p>
        </div>
      </form>

      {found.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} action={<Link href="/measures" className="btn-secondary">{t("reset")}</Link>} />
      ) : (
        // a table on wide screens; on a phone each row stacks into a card with its own labels
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="measure-table">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead className="hidden bg-slate-50 text-xs uppercase tracking-wide text-slate-600 md:table-header-group">
              <tr>
                <th scope="col" className="w-[34%] px-4 py-3">{t("colMeasure")}</th>
                <th scope="col" className="px-4 py-3">{t("colClause")}</th>
                <th scope="col" className="px-4 py-3">{t("colWho")}</th>
                <th scope="col" className="w-[16%] px-4 py-3">{t("colBureau")}</th>
                <th scope="col" className="w-32 px-4 py-3 text-right">{t("colMax")}</th>
              </tr>
            </thead>
            <tbody className="block md:table-row-group">
              {found.map((m) => {
                const max = maxAmount(m, locale);
                return (
                  <tr key={m.id} data-testid={`measure-row-${m.id}`} className="block border-t border-slate-200 px-4 py-3 first:border-t-0 md:table-row md:p-0">
                    <th scope="row" className="block pb-1 font-normal md:table-cell md:px-4 md:py-3 md:align-top">
                      <Link href={`/measures/${m.id}`} className="tap font-medium">{en ? m.title.en : m.title.zh}</Link>
                      <span className="mt-0.5 block text-xs text-slate-600">{m.id} · {tp(`kinds.${m.kind}`)}</span>
                    </th>
                    <td data-label={t("colClause")} className={`${CELL} md:whitespace-nowrap`}>
                      <Link href={`/policy#clause-${m.clause}`} className="tap">{tp("clauseN", { n: m.clause })}</Link>
                    </td>
                    <td data-label={t("colWho")} className={CELL}>{m.orgTypes.map((o) => to(o)).join(en ? ", " : "、")}</td>
                    <td data-label={t("colBureau")} className={CELL}>{tp(`bureaus.${m.leadBureau}`)}</td>
                    <td data-label={t("colMax")} className={`${CELL} md:text-right`}>{max ?? tp("noFixedMax")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

const CELL = "stacked-cell";

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { currentUser } from "@/lib/auth/session";
import { roundsWithNotice } from "@/lib/documents/case-documents";
import { formatYuan } from "@/lib/money";
import { noticePage, readNoticeFilter } from "@/lib/review/notice";
import { MEASURES, engine } from "@/rules";
import { formatDate } from "@/lib/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.notice"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// 公示: public, no sign-in. Only what a notice publishes (organisation, measure, amount, dates).
export default async function NoticePage({ searchParams }: { searchParams: SearchParams }) {
  const f = readNoticeFilter(await searchParams);
  const [t, tl, locale, page, user, rounds] = await Promise.all([
    getTranslations("review.notice"), getTranslations("documents.noticeList"), getLocale(), noticePage(f), currentUser(), roundsWithNotice(),
  ]);
  const en = locale === "en";
  const staff = user?.role === "reviewer" || user?.role === "admin";
  const query = new URLSearchParams({ ...(f.q ? { q: f.q } : {}), ...(f.measure ? { measure: f.measure } : {}) }).toString();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="page-title">{t("title")}</h1>
          <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("lead")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/notice/objection" className="btn-secondary" data-testid="objection-lookup-link">{t("lookupLink")}</Link>
          <a href={`/notice/export${query ? `?${query}` : ""}`} className="btn-secondary" download data-testid="notice-export">{t("export")}</a>
        </div>
      </div>

      <form method="get" action="/notice" role="search" aria-label={t("filters")} className="card grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="q" className="label">{t("q")}</label>
          <input id="q" name="q" type="search" defaultValue={f.q} className="input h-10" />
        </div>
        <div>
          <label htmlFor="measure" className="label">{t("measure")}</label>
          <select id="measure" name="measure" defaultValue={f.measure} className="input h-10">
            <option value="">{t("any")}</option>
            {MEASURES.map((m) => <option key={m.id} value={m.id}>{en ? m.title.en : m.title.zh}</option>)}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn-primary">{t("search")}</button>
          {(f.q || f.measure) && <Link href="/notice" className="btn-secondary">{t("reset")}</Link>}
        </div>
      </form>

      {page.rows.length === 0 ? <EmptyState title={t("empty")} hint={t("emptyHint")} /> : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="notice-table">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="hidden bg-slate-50 text-xs text-slate-600 md:table-header-group">
              <tr>
                <th scope="col" className="px-4 py-3">{t("colOrg")}</th>
                <th scope="col" className="px-4 py-3">{t("colMeasure")}</th>
                <th scope="col" className="px-4 py-3 text-right">{t("colAmount")}</th>
                <th scope="col" className="px-4 py-3">{t("colEnds")}</th>
                <th scope="col" className="px-4 py-3"><span className="sr-only">{t("colAction")}</span></th>
              </tr>
            </thead>
            <tbody className="block md:table-row-group">
              {page.rows.map((r) => {
                const m = engine.measures.get(r.measureId);
                return (
                  <tr key={r.id} className="block border-t border-slate-200 px-4 py-3 first:border-t-0 md:table-row md:p-0" data-testid="notice-row">
                    <th scope="row" className="block pb-1 font-normal md:table-cell md:px-4 md:py-3 md:align-top">
                      <span className="font-medium">{r.organisation.name}</span>
                      <span className="mt-0.5 block text-xs text-slate-600 tabular-nums">{r.caseNo}</span>
                    </th>
                    <td data-label={t("colMeasure")} className={CELL}>{m ? (en ? m.title.en : m.title.zh) : r.measureId}</td>
                    <td data-label={t("colAmount")} className={`${CELL} md:text-right md:whitespace-nowrap tabular-nums`}>{r.approvedFen === null ? "—" : formatYuan(r.approvedFen)}</td>
                    <td data-label={t("colEnds")} className={`${CELL} md:whitespace-nowrap`}>
                      {r.status === "objected"
                        ? <span className="rounded bg-orange-100 px-1.5 py-0.5 text-xs text-orange-900" data-testid="notice-paused">{t("paused")}</span>
                        : r.noticeEndsAt ? formatDate(r.noticeEndsAt, locale) : "—"}
                    </td>
                    <td className="flex flex-wrap gap-3 pt-2 md:table-cell md:px-4 md:py-3 md:text-right md:align-top md:whitespace-nowrap">
                      <Link href={`/notice/${r.id}`} data-testid="object-link">{t("object")}</Link>
                      {staff && <Link href={`/review/cases/${r.id}`} className="ml-3">{t("staffView")}</Link>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {rounds.length > 0 && (
        <section className="card space-y-2" aria-labelledby="notice-pdf-title">
          <h2 id="notice-pdf-title" className="text-base font-semibold">{tl("title")}</h2>
          <ul className="flex flex-wrap gap-2">
            {rounds.map((r) => (
              <li key={r.id}><a href={`/notice/pdf?round=${encodeURIComponent(r.id)}`} className="btn-secondary" download data-testid="notice-pdf">{tl("round", { round: r.name })}</a></li>
            ))}
          </ul>
        </section>
      )}
      {(page.next || f.after) && (
        <nav aria-label={t("pages")} className="flex justify-between">
          {f.after ? <Link href={`/notice${query ? `?${query}` : ""}`} className="btn-secondary">{t("first")}</Link> : <span />}
          {page.next && <Link href={`/notice?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(query)), after: page.next })}`} className="btn-secondary" rel="next">{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}

const CELL =
  "flex gap-3 py-0.5 before:w-24 before:shrink-0 before:text-xs before:leading-5 before:text-slate-500 before:content-[attr(data-label)] " +
  "md:table-cell md:px-4 md:py-3 md:align-top md:before:content-none";

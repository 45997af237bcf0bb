import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/cases/money";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { FINANCE_TABS, financePage, type FinanceTab } from "@/lib/finance/finance-queue";
import { accountNoFor } from "@/lib/organisations/bank-account";
import { countLabel, decodeCursor } from "@/lib/review/queue-filter";
import { engine } from "@/rules";
import { formatDate, formatDay } from "@/lib/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.finance"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FinanceQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await guardPage("/finance", "finance");
  const sp = await searchParams;
  const one = (k: string) => ((Array.isArray(sp[k]) ? sp[k][0] : sp[k]) ?? "").trim();
  const tab: FinanceTab = one("tab") === "paid" ? "paid" : "payable";
  const q = one("q").slice(0, 100);
  const after = decodeCursor(one("after")) ? one("after") : "";
  const [t, tq, locale, page] = await Promise.all([getTranslations("review.finance"), getTranslations("payment.queue"), getLocale(), financePage(tab, q, after)]);
  const en = locale === "en";
  const qs = (over: Record<string, string>) => {
    const p = new URLSearchParams({ ...(tab === "paid" ? { tab } : {}), ...(q ? { q } : {}), ...over });
    for (const [k, v] of [...p.entries()]) if (!v) p.delete(k);
    return p.toString() ? `?${p}` : "";
  };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="page-title">{t("title")}</h1>
        <Link href="/finance/batches" className="btn-secondary">{tq("batches")}</Link>
      </div>
      <nav aria-label={t("tabsLabel")}>
        <ul className="flex gap-1 border-b border-slate-200">
          {FINANCE_TABS.map((s) => (
            <li key={s}>
              <Link href={`/finance${s === "paid" ? "?tab=paid" : ""}`} aria-current={s === tab ? "page" : undefined} data-testid={`finance-tab-${s}`}
                className={`-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm no-underline hover:no-underline ${s === tab ? "border-brand-600 font-semibold text-brand-800" : "border-transparent text-slate-700"}`}>
                {t(`tabs.${s}`)}
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs tabular-nums text-slate-700">{countLabel(page.counts[s], locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/finance" role="search" className="flex flex-wrap items-end gap-3">
        {tab === "paid" && <input type="hidden" name="tab" value="paid" />}
        <div className="min-w-64 flex-1 sm:max-w-md">
          <label htmlFor="q" className="label">{t("q")}</label>
          <input id="q" name="q" type="search" defaultValue={q} className="input" />
        </div>
        <button type="submit" className="btn-primary">{t("search")}</button>
      </form>

      {page.rows.length === 0 ? <EmptyState title={t(`empty.${tab}`)} hint={tab === "payable" ? t("emptyHint") : undefined} /> : (
        <ul className="grid gap-3" data-testid="finance-list">
          {page.rows.map((r) => {
            const m = engine.measures.get(r.measureId);
            return (
              <li key={r.id} className="card flex flex-wrap items-center justify-between gap-3 p-4" data-testid="finance-row">
                <div className="min-w-0">
                  <Link href={`/finance/cases/${r.id}`} className="font-medium tabular-nums">{r.caseNo}</Link>
                  <p className="text-sm text-slate-800">{r.organisation.name}</p>
                  <p className="text-xs text-slate-600">{m ? (en ? m.title.en : m.title.zh) : r.measureId}</p>
                  <p className="break-all text-xs text-slate-700" data-testid="finance-row-account">
                    {r.payeeAccountNo ? tq("account", { bank: r.payeeBankName ?? "", no: accountNoFor(user.role, r.payeeAccountNo) }) : <span className="text-amber-900">{tq("noAccount")}</span>}
                  </p>
                  {tab === "payable" && r.paymentBatch && (
                    <Link href={`/finance/batches/${r.paymentBatch.id}`} className="mt-1 inline-block rounded bg-brand-50 px-1.5 text-xs text-brand-800">{tq("inBatch", { batchNo: r.paymentBatch.batchNo })}</Link>
                  )}
                </div>
                <div className="text-right text-sm">
                  <p className="text-base font-semibold"><Money fen={r.approvedFen} /></p>
                  {tab === "payable"
                    ? <p className="text-xs text-slate-600">{t("noticeEnded", { date: r.noticeEndsAt ? formatDate(r.noticeEndsAt, locale) : "—" })}</p>
                    : <p className="text-xs text-slate-600">{t("paidOn", { date: r.payment ? formatDay(r.payment.paidOn, locale) : "—", voucher: r.payment?.voucherNo ?? "—" })}</p>}
                  {tab === "payable" && !r.paymentBatch && <Link href={`/finance/cases/${r.id}#pay`} className="btn-primary mt-2 px-3 py-1">{t("pay")}</Link>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {(page.next || after) && (
        <nav aria-label={t("pages")} className="flex justify-between">
          {after ? <Link href={`/finance${qs({})}`} className="btn-secondary">{t("first")}</Link> : <span />}
          {page.next && <Link href={`/finance${qs({ after: page.next })}`} className="btn-secondary" rel="next">{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}

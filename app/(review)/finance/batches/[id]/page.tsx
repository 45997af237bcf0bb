import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/cases/money";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { ActionError } from "@/lib/errors";
import { batchDetail } from "@/lib/finance/batch-view";
import { formatMoney } from "@/lib/money";
import { accountNoFor } from "@/lib/organisations/bank-account";
import { beijingDate } from "@/lib/calendar/working-days";
import { engine } from "@/rules";
import { CancelBatch } from "./cancel-batch";
import { MarkPaidForm } from "./mark-paid-form";
import { formatDateTime, formatDay } from "@/lib/format-date";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payment.batches"))("title") };
}

/** One batch: its cases with the accounts fixed at submission, the 拨付清单 export, and marking it paid. */
export default async function BatchPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await guardPage(`/finance/batches/${id}`, "finance");
  const b = await batchDetail(user, id).catch((e: unknown) => {
    if (e instanceof ActionError) notFound();
    throw e;
  });
  const [t, locale] = await Promise.all([getTranslations("payment.batches"), getLocale()]);
  const en = locale === "en";
  const stateCls = { open: "bg-amber-50 text-amber-900", paid: "bg-green-50 text-green-900", cancelled: "bg-slate-100 text-slate-700" } as const;
  const own = b.createdById === user.id;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/finance/batches" className="text-sm">← {t("back")}</Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="page-title tabular-nums" data-testid="batch-no">{b.batchNo}</h1>
          <span className={`rounded px-2 py-0.5 text-sm ${stateCls[b.state]}`} data-testid="batch-state">{t(`states.${b.state}`)}</span>
        </div>
        <p className="text-sm text-slate-700">{t("createdBy")} {b.createdBy} · {formatDateTime(b.createdAt, locale)}</p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section className="space-y-3" aria-labelledby="cases-title">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="cases-title" className="text-lg font-semibold">{t("casesTitle")}</h2>
            {b.cases.length > 0 && <a href={`/finance/batches/${b.id}/export`} className="btn-secondary" download data-testid="batch-export">{t("export")}</a>}
          </div>
          {b.cases.length === 0 ? <EmptyState title={t("noCandidates")} /> : (
            <ol className="grid gap-2" data-testid="batch-cases">
              {b.cases.map((c, i) => {
                const m = engine.measures.get(c.measureId);
                return (
                  <li key={c.id} className="card grid gap-1 p-3 text-sm sm:grid-cols-[2rem_minmax(0,1fr)_auto] sm:gap-3" data-testid="batch-case">
                    <span className="text-slate-500 tabular-nums">{i + 1}</span>
                    <div className="min-w-0">
                      <Link href={`/finance/cases/${c.id}`} className="font-medium tabular-nums">{c.caseNo}</Link> · {c.organisation.name}
                      <p className="text-xs text-slate-600">{m ? (en ? m.title.en : m.title.zh) : c.measureId}</p>
                      <p className="break-all text-xs text-slate-700">{c.payeeAccountName} · {c.payeeBankName} · <span className="font-mono">{accountNoFor(user.role, c.payeeAccountNo)}</span></p>
                    </div>
                    <span className="font-semibold sm:text-right"><Money fen={c.approvedFen} /></span>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <aside className="space-y-4">
          <section className="card space-y-2" aria-labelledby="sum-title">
            <h2 id="sum-title" className="sr-only">{t("total")}</h2>
            <dl className="space-y-1 text-sm">
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{t("count")}</dt><dd className="tabular-nums" data-testid="batch-count">{b.cases.length}</dd></div>
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{t("total")}</dt><dd className="text-right font-semibold" data-testid="batch-total"><Money fen={b.totalFen} /></dd></div>
            </dl>
            {b.state === "paid" && b.paidOn && (
              <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="batch-paid">
                {t("paidRecord", { date: formatDay(b.paidOn, locale), voucher: b.voucherNo ?? "", name: b.paidBy ?? "" })}
              </p>
            )}
          </section>
          {b.state === "open" && (
            <section className="card space-y-3" aria-labelledby="mark-title">
              <h2 id="mark-title" className="text-lg font-semibold">{t("markTitle")}</h2>
              {own ? <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="own-batch">{t("ownBatch")}</p> : (
                <>
                  <p className="help">{t("markLead")}</p>
                  <MarkPaidForm batchId={b.id} batchNo={b.batchNo} version={b.version} count={b.cases.length} total={formatMoney(b.totalFen, locale)} today={beijingDate()} />
                </>
              )}
            </section>
          )}
          {b.state === "open" && <CancelBatch batchId={b.id} batchNo={b.batchNo} version={b.version} />}
        </aside>
      </div>
    </div>
  );
}

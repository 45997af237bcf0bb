import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentLinks } from "@/components/cases/document-links";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";
import { Timeline } from "@/components/cases/timeline";
import { ActionError } from "@/lib/errors";
import { guardPage } from "@/lib/auth/guard-page";
import { financeCase } from "@/lib/finance/finance-case";
import { accountNoFor } from "@/lib/organisations/bank-account";
import { factRows } from "@/lib/review/facts-display";
import { beijingDate } from "@/lib/calendar/working-days";
import { engine } from "@/rules";
import { FactsTable } from "../../../_components/facts-table";
import { PaymentForm } from "./payment-form";
import { formatDate, formatDay } from "@/lib/format-date";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.finance"))("caseTitle") };
}

/** Finance's read-only view of a case (facts, decision, timeline) with the payment form when payable. */
export default async function FinanceCasePage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await guardPage(`/finance/cases/${id}`, "finance");
  const view = await financeCase(user, id).catch((e: unknown) => {
    if (e instanceof ActionError) notFound();
    throw e;
  });
  const { c, timeline, checkpoint } = view;
  const [t, tc, tp, locale] = await Promise.all([getTranslations("review.finance"), getTranslations("review.case"), getTranslations("payment.case"), getLocale()]);
  const en = locale === "en";
  const m = engine.measures.get(c.measureId);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/finance" className="text-sm">← {t("back")}</Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="page-title tabular-nums" data-testid="case-no">{c.caseNo}</h1>
          <StatusBadge status={c.status} locale={locale} audience="staff" />
        </div>
        <p className="text-slate-800">{c.organisation.name} · {m ? (en ? m.title.en : m.title.zh) : c.measureId}</p>
        <DocumentLinks caseId={c.id} compact />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <section className="card" aria-labelledby="s-facts">
            <h2 id="s-facts" className="mb-3 text-lg font-semibold">{tc("facts")}</h2>
            <FactsTable subject={c.subject} subjectLabel={tc("subject")} rows={factRows(c.measureId, c.facts, en ? "en" : "zh")} />
          </section>
          <section className="card" aria-labelledby="s-timeline">
            <h2 id="s-timeline" className="mb-4 text-lg font-semibold">{tc("timeline")}</h2>
            <Timeline events={timeline} locale={locale} showActors />
          </section>
        </div>
        <aside className="space-y-6">
          <section className="card space-y-2" aria-labelledby="s-account" data-testid="payee-account">
            <h2 id="s-account" className="text-lg font-semibold">{tp("title")}</h2>
            {c.payeeAccountNo ? (
              <dl className="space-y-1 text-sm">
                <div><dt className="text-slate-600">{tp("accountName")}</dt><dd>{c.payeeAccountName}</dd></div>
                <div><dt className="text-slate-600">{tp("bankName")}</dt><dd>{c.payeeBankName}</dd></div>
                <div><dt className="text-slate-600">{tp("accountNo")}</dt><dd className="break-all font-mono text-base tabular-nums" data-testid="payee-account-no">{accountNoFor(user.role, c.payeeAccountNo)}</dd></div>
              </dl>
            ) : <p className="text-sm text-amber-900">{tp("none")}</p>}
          </section>
          <section id="pay" className="card space-y-3" aria-labelledby="s-pay">
            <h2 id="s-pay" className="text-lg font-semibold">{t("payment")}</h2>
            <dl className="space-y-1 text-sm">
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{tc("approved")}</dt><dd className="font-semibold" data-testid="approved-amount"><Money fen={c.approvedFen} /></dd></div>
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{t("payee")}</dt><dd className="text-right">{c.organisation.name}</dd></div>
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{tc("noticeEndsAt")}</dt><dd>{c.noticeEndsAt ? formatDate(c.noticeEndsAt, locale) : "—"}</dd></div>
            </dl>
            {c.status === "payable" && c.paymentBatch && (
              <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="in-batch">
                {tp("inBatch", { batchNo: c.paymentBatch.batchNo })} <Link href={`/finance/batches/${c.paymentBatch.id}`}>{tp("openBatch")}</Link>
              </p>
            )}
            {c.status === "payable" && !c.paymentBatch && c.payeeAccountNo && <PaymentForm caseId={c.id} version={c.version} approvedFen={Number(c.approvedFen ?? 0n)} today={beijingDate()} />}
            {c.payment && (
              <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="payment-record">
                {t("paidRecord", { date: formatDay(c.payment.paidOn, locale), voucher: c.payment.voucherNo })}
                {checkpoint && <span className="mt-1 block text-xs tabular-nums" data-testid="payment-checkpoint">{t("checkpoint", { ...checkpoint })}</span>}
              </p>
            )}
            {c.status !== "payable" && !c.payment && <p className="text-sm text-slate-600">{t("notPayable")}</p>}
          </section>
        </aside>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/cases/money";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { batchCandidates, listBatches } from "@/lib/finance/batch-view";
import { accountNoFor } from "@/lib/organisations/bank-account";
import { engine } from "@/rules";
import { NewBatchForm } from "./new-batch-form";
import { formatDateTime } from "@/lib/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payment.batches"))("title") };
}

/** 拨付批次: payable cases in no batch (to assemble a new one) and the batches so far. */
export default async function BatchesPage() {
  const user = await guardPage("/finance/batches", "finance");
  const [t, locale, candidates, batches] = await Promise.all([getTranslations("payment.batches"), getLocale(), batchCandidates(user), listBatches(user)]);
  const en = locale === "en";
  const stateCls = { open: "bg-amber-50 text-amber-900", paid: "bg-green-50 text-green-900", cancelled: "bg-slate-100 text-slate-700" } as const;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/finance" className="text-sm">← {t("backToPayments")}</Link>
        <h1 className="page-title">{t("title")}</h1>
        <p className="help max-w-3xl">{t("lead")}</p>
      </div>

      <section className="card space-y-3" aria-labelledby="new-title">
        <h2 id="new-title" className="text-lg font-semibold">{t("newTitle")}</h2>
        {candidates.length === 0 ? <EmptyState title={t("noCandidates")} hint={t("noCandidatesHint")} /> : (
          <>
            <p className="help">{t("candidates")}</p>
            <NewBatchForm candidates={candidates.map((c) => ({
              id: c.id, caseNo: c.caseNo ?? "", org: c.organisation.name,
              measure: (en ? engine.measures.get(c.measureId)?.title.en : engine.measures.get(c.measureId)?.title.zh) ?? c.measureId,
              account: c.payeeAccountNo ? `${c.payeeBankName} · ${accountNoFor(user.role, c.payeeAccountNo)}` : "—",
              fen: String(c.approvedFen ?? 0n),
            }))} />
          </>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="list-title">
        <h2 id="list-title" className="text-lg font-semibold">{t("listTitle")}</h2>
        {batches.length === 0 ? <EmptyState title={t("empty")} hint={t("emptyHint")} /> : (
          <ul className="grid gap-3" data-testid="batch-list">
            {batches.map((b) => (
              <li key={b.id} className="card flex flex-wrap items-center justify-between gap-3 p-4" data-testid="batch-row">
                <div className="min-w-0">
                  <Link href={`/finance/batches/${b.id}`} className="font-medium tabular-nums">{b.batchNo}</Link>
                  <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${stateCls[b.state]}`}>{t(`states.${b.state}`)}</span>
                  <p className="text-xs text-slate-600">{t("createdBy")} {b.createdBy} · {formatDateTime(b.createdAt, locale)}</p>
                </div>
                <div className="text-right text-sm">
                  <p className="font-semibold"><Money fen={b.totalFen} /></p>
                  <p className="text-xs text-slate-600">{t("count")} {b.count}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

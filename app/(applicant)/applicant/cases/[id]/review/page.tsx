import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionView } from "@/components/cases/decision-view";
import { guardPage } from "@/lib/auth/guard-page";
import { previewCase } from "@/lib/cases/drafts";
import { isEditable } from "@/lib/cases/transitions";
import { factProblems } from "@/lib/cases/draft-facts";
import { ownBankAccount } from "@/lib/organisations/bank-account-store";
import { lastFour } from "@/lib/organisations/bank-account";
import { AnswerList } from "../../../_components/answer-list";
import { formatSize } from "@/lib/format-fact";
import { loadCase } from "../../../_components/load-case";
import { SubmitForm } from "./submit-form";
import { VerificationBanner } from "../../../_components/verification-banner";
import { formatDateTime } from "@/lib/format-date";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.review"))("title") };
}

/** 核对信息: every answer with a change link, the documents, the rules' preview, then the commitment and submit. */
export default async function ReviewCasePage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await guardPage(`/applicant/cases/${encodeURIComponent(id)}/review`, "applicant");
  const v = await loadCase(user, id);
  if (!isEditable(v.case.status)) redirect(`/applicant/cases/${v.case.id}`);
  const [t, tf, tp, locale, decision, account] = await Promise.all([
    getTranslations("cases.review"), getTranslations("cases.form"), getTranslations("payment.preview"), getLocale(), previewCase(user, v.case.id),
    ownBankAccount(user),
  ]);
  const en = locale === "en";
  const m = v.measure;
  const edit = `/applicant/cases/${v.case.id}/edit`;
  const facts = (v.case.facts ?? {}) as Record<string, unknown>;
  const problems = factProblems(m.fields, facts, m);
  const derivedFrom = Object.fromEntries(Object.entries(m.derived ?? {}).map(([name, d]) => [name, d!.from[0]]));
  const labels: Record<string, string> = { subject: tf("subject") };
  for (const f of m.fields) labels[f.name] = en ? f.en : f.zh;
  for (const d of m.documents) labels[d.key] = en ? d.en : d.zh;
  const now = new Date();
  const roundOpen = v.round && v.round.status === "open" && now >= v.round.opensAt && now <= v.round.closesAt;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav className="text-sm"><Link href={edit}>← {t("backToForm")}</Link></nav>
      <header className="space-y-1">
        <h1 className="page-title">{t("title")}</h1>
        <p className="text-slate-700">{en ? m.title.en : m.title.zh}</p>
        <p className="help">{t("lead")}</p>
      </header>
      <VerificationBanner user={user} />

      <section className="card" aria-labelledby="answers-title">
        <h2 id="answers-title" className="mb-1 text-base font-semibold">{t("answers")}</h2>
        <AnswerList fields={m.fields} subject={v.case.subject} facts={facts} changeHref={edit} problems={problems} derivedFrom={derivedFrom} />
      </section>

      <section className="card" aria-labelledby="docs-title">
        <h2 id="docs-title" className="mb-1 text-base font-semibold">{t("documents")}</h2>
        <dl className="divide-y divide-slate-200">
          {m.documents.map((d) => {
            const files = v.attachments.filter((a) => a.slot === d.key);
            return (
              <div key={d.key} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto]">
                <dt className="text-sm font-medium text-slate-700">{en ? d.en : d.zh}</dt>
                <dd className="col-span-2 row-start-2 text-sm sm:col-span-1 sm:col-start-2 sm:row-start-1">
                  {files.length ? (
                    <ul>{files.map((a) => <li key={a.id}><a href={`/api/attachments/${a.id}`} className="break-all">{a.fileName}</a> <span className="text-xs text-slate-600">{formatSize(a.size)}</span></li>)}</ul>
                  ) : (
                    <span className="field-error mt-0">{t("missingDocument")}</span>
                  )}
                </dd>
                <dd className="col-start-2 row-start-1 text-right text-sm sm:col-start-3"><Link href={`${edit}#doc-${d.key}`}>{t("change")}<span className="sr-only"> {en ? d.en : d.zh}</span></Link></dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section className="card space-y-3" aria-labelledby="preview-title" data-testid="preview">
        <h2 id="preview-title" className="text-base font-semibold">{t("preview")}</h2>
        <p className="help">{t("previewNote")}</p>
        {Object.keys(problems).length > 0 && <p className="text-sm text-amber-900" role="note">{t("previewIncomplete")}</p>}
        <DecisionView decision={decision} locale={locale} />
      </section>

      <section className="card space-y-2" aria-labelledby="payee-title" data-testid="preview-account">
        <h2 id="payee-title" className="text-base font-semibold">{tp("title")}</h2>
        {account ? (
          <>
            <p className="help">{tp("fixed")}</p>
            <p className="text-sm">{account.accountName} · {account.bankName} · <span className="tabular-nums">{tp("tail", { four: lastFour(account.accountNo) })}</span></p>
          </>
        ) : (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note">
            {tp("missing")} <Link href="/applicant/profile#bank-account">{tp("missingLink")}</Link>
          </p>
        )}
      </section>

      {v.round && !roundOpen && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note">
          {t("roundWindow", {
            opens: formatDateTime(v.round.opensAt, locale),
            closes: formatDateTime(v.round.closesAt, locale),
          })}
        </p>
      )}
      <SubmitForm caseId={v.case.id} version={v.case.version} eligible={decision.eligible}
        missingDocuments={m.documents.filter((d) => !v.attachments.some((a) => a.slot === d.key)).map((d) => (en ? d.en : d.zh))} resubmission={v.case.status === "returned"} labels={labels}
        fixList={v.case.status === "returned" ? v.request?.fixList ?? [] : []} />
    </div>
  );
}

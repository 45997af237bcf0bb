import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionView } from "@/components/cases/decision-view";
import { DocumentLinks } from "@/components/cases/document-links";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";
import { loadWorkCalendar } from "@/lib/calendar/calendar";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { Timeline } from "@/components/cases/timeline";
import { guardPage } from "@/lib/auth/guard-page";
import { isAwarded, isEditable, WITHDRAWABLE } from "@/lib/cases/transitions";
import { caseTimeline } from "@/lib/cases/timeline";
import { lastFour } from "@/lib/organisations/bank-account";
import { stagesAhead } from "@/lib/cases/stages-ahead";
import { storedFixAnswers } from "@/lib/cases/fix-answers";
import { AnswerList } from "../../_components/answer-list";
import { FixAnswersList } from "@/components/cases/fix-answers-list";
import { formatSize } from "@/lib/format-fact";
import { loadCase } from "../../_components/load-case";
import { ReturnRequest } from "../../_components/return-request";
import { VerificationBanner } from "../../_components/verification-banner";
import { StagesAhead } from "./stages-ahead";
import { WithdrawButton } from "./withdraw-button";
import { formatDateTime, formatDay } from "@/lib/format-date";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.case"))("title") };
}

export default async function ApplicantCasePage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await guardPage(`/applicant/cases/${encodeURIComponent(id)}`, "applicant");
  const v = await loadCase(user, id);
  const [t, tj, tp, locale, events, cal] = await Promise.all([getTranslations("cases.case"), getTranslations("jobs.fixDue"), getTranslations("payment.preview"), getLocale(), caseTimeline(v.case.id), loadWorkCalendar()]);
  const en = locale === "en";
  const c = v.case;
  const m = v.measure;
  const decided = isAwarded(c.status);
  const withdrawable = (WITHDRAWABLE as readonly string[]).includes(c.status);
  const date = (d: Date) => formatDateTime(d, locale);
  const stages = v.round ? stagesAhead(cal, c, v.round, new Date()) : [];

  return (
    <div className="space-y-6">
      <nav className="text-sm"><Link href="/applicant">← {t("back")}</Link></nav>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <StatusBadge status={c.status} locale={locale} audience="applicant" />
            <span className="tabular-nums" data-testid="case-no">{c.caseNo ?? t("noCaseNo")}</span>
          </p>
          <h1 className="page-title">{en ? m.title.en : m.title.zh}</h1>
          <p className="text-slate-800" data-testid="case-subject">{c.subject || t("noSubject")}</p>
          <p className="text-sm text-slate-600">
            {t("leadBureau", { bureau: (en ? v.bureau?.nameEn : v.bureau?.nameZh) ?? c.leadBureauId })} · {t("updated", { at: date(c.updatedAt) })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {c.status === "draft" && <Link href={`/applicant/cases/${c.id}/edit`} className="btn-primary">{t("continue")}</Link>}
          {c.status === "returned" && <Link href={`/applicant/cases/${c.id}/edit`} className="btn-primary" data-testid="edit-returned">{t("edit")}</Link>}
          {withdrawable && <WithdrawButton caseId={c.id} version={c.version} />}
          {c.status === "draft" && <WithdrawButton caseId={c.id} version={c.version} kind="discard" />}
        </div>
      </header>
      {(c.status === "draft" || c.status === "returned") && <VerificationBanner user={user} />}

      {c.status === "returned" && c.fixDueAt && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" role="note" data-testid="fix-due">
          {tj("applicant", { date: date(c.fixDueAt), n: workingDaysBetween(cal, new Date(), c.fixDueAt) })}
        </p>
      )}
      {v.request && <ReturnRequest request={v.request} />}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <StagesAhead stages={stages} status={c.status} bureau={v.bureau} locale={locale} />
          <section className="card space-y-3" aria-labelledby="decision-title">
            <h2 id="decision-title" className="text-base font-semibold">{t("decision")}</h2>
            {decided && (
              <p className="text-lg font-semibold" data-testid="approved-amount">{t("approved")} <Money fen={c.approvedFen ?? c.ceilingFen} /></p>
            )}
            {c.payeeAccountNo && (
              <p className="text-sm text-slate-700" data-testid="case-account">{tp("fixedAccount", { bank: c.payeeBankName ?? "", four: lastFour(c.payeeAccountNo) })}</p>
            )}
            {v.payment && (
              <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="payment-receipt">
                {t("paidOn", { date: formatDay(v.payment.paidOn, locale) })}
                {v.payment.checkpoint && <span className="mt-1 block text-xs tabular-nums" data-testid="payment-checkpoint">{t("checkpoint", { ...v.payment.checkpoint })}</span>}
              </p>
            )}
            {v.decision ? (
              <>
                <p className="help">{t("decisionAt", { at: date(v.decision.createdAt) })}</p>
                <DecisionView decision={v.decision} locale={locale} />
              </>
            ) : (
              <p className="text-sm text-slate-700">{isEditable(c.status) ? t("noDecisionDraft") : t("noDecision")}</p>
            )}
          </section>

          <section className="card" aria-labelledby="answers-title">
            <h2 id="answers-title" className="mb-1 text-base font-semibold">{t("answers")}</h2>
            <AnswerList fields={m.fields} subject={c.subject} facts={c.facts} />
          </section>

          <section className="card space-y-2" aria-labelledby="files-title">
            <h2 id="files-title" className="text-base font-semibold">{t("documents")}</h2>
            {v.attachments.length === 0 ? <p className="text-sm text-slate-700">{t("noDocuments")}</p> : (
              <ul className="space-y-1 text-sm">
                {v.attachments.map((a) => {
                  const slot = m.documents.find((d) => d.key === a.slot);
                  return (
                    <li key={a.id} className="flex flex-wrap gap-x-2">
                      <span className="text-slate-600">{slot ? (en ? slot.en : slot.zh) : a.slot}：</span>
                      <a href={`/api/attachments/${a.id}`} className="break-all" data-testid="download">{a.fileName}</a>
                      <span className="text-xs text-slate-600">{formatSize(a.size)}</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          {v.revisions.length > 0 && (
            <section className="card space-y-2" aria-labelledby="revisions-title">
              <h2 id="revisions-title" className="text-base font-semibold">{t("revisions")}</h2>
              {v.revisions.map((r) => (
                <details key={r.id} className="rounded-md border border-slate-200 px-3 py-2" data-testid="revision">
                  <summary className="cursor-pointer text-sm font-medium">{t("revision", { n: r.revision, at: date(r.submittedAt) })}</summary>
                  <FixAnswersList answers={storedFixAnswers(r.fixAnswers)} />
                  <AnswerList fields={m.fields} subject={r.subject} facts={r.facts} />
                </details>
              ))}
            </section>
          )}
        </div>

        <aside className="space-y-3" aria-labelledby="timeline-title">
          {c.caseNo && c.status !== "draft" && <DocumentLinks caseId={c.id} />}
          <section className="card">
            <h2 id="timeline-title" className="mb-3 text-base font-semibold">{t("timeline")}</h2>
            <Timeline events={events} locale={locale} showActors={false} />
          </section>
        </aside>
      </div>
    </div>
  );
}

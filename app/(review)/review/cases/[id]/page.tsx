import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionView } from "@/components/cases/decision-view";
import { DocumentLinks } from "@/components/cases/document-links";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";
import { Timeline } from "@/components/cases/timeline";
import { ActionError } from "@/lib/actions/define-action";
import { guardPage } from "@/lib/auth/guard-page";
import { formatYuan } from "@/lib/money";
import type { FactLocale } from "@/lib/format-fact";
import { staffCaseView } from "@/lib/review/case-view";
import { loadWorkCalendar } from "@/lib/calendar/calendar";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { stageLate } from "@/lib/review/stage-limits";
import { engine } from "@/rules";
import { FactsTable } from "../../../_components/facts-table";
import { Attachments } from "./attachments";
import { Ledger } from "./ledger";
import { ObjectionsList } from "./objections-list";
import { ReviewHistory } from "./review-history";
import { ReviewPanel } from "./review-panel";
import { Revisions } from "./revisions";
import { SameClaimWarning } from "./same-claim-warning";
import { formatDateTime } from "@/lib/format-date";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("review.case");
  return { title: t("metaTitle", { id: (await params).id.slice(0, 12) }) };
}

async function load(userPromise: ReturnType<typeof guardPage>, id: string, locale: FactLocale) {
  try {
    return await staffCaseView(await userPromise, id, locale);
  } catch (e) {
    if (e instanceof ActionError && e.code === "not_found") notFound();
    throw e;
  }
}

export default async function ReviewCasePage({ params }: { params: Params }) {
  const { id } = await params;
  const user = guardPage(`/review/cases/${id}`, "reviewer", "admin");
  const [t, tq, tj, tn, locale] = await Promise.all([getTranslations("review.case"), getTranslations("review.queue"), getTranslations("jobs"), getTranslations("nextSteps.queue"), getLocale()]);
  const en = locale === "en";
  const view = await load(user, id, en ? "en" : "zh");
  const me = await user;
  const cal = await loadWorkCalendar();
  const { c } = view;
  const m = engine.measures.get(c.measureId);
  const lead = me.role === "reviewer" && c.leadBureauId === me.bureauId;
  const decision = view.live ?? view.stored;
  const storedCeiling = c.ceilingFen === null ? null : Number(c.ceilingFen);
  const changed = view.live && storedCeiling !== null && view.live.ceilingFen !== storedCeiling;
  const now = new Date();
  const age = c.submittedAt ? workingDaysBetween(cal, c.submittedAt, ["submitted", "proposed"].includes(c.status) ? now : c.decidedAt ?? c.updatedAt) : 0;
  const late = stageLate(cal, c, c.round, now);
  const slotLabel = (slot: string) => {
    const d = m?.documents.find((x) => x.key === slot);
    return d ? (en ? d.en : d.zh) : slot;
  };
  const resubmitted = c.revision > 1;
  const revisionsCard = (
    <section className="card" aria-labelledby="s-revisions">
      <h2 id="s-revisions" className="mb-3 text-lg font-semibold">{t("revisions")}</h2>
      <Revisions revisions={view.revisions} slotLabel={slotLabel} />
    </section>
  );

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/review" className="text-sm">← {t("back")}</Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="page-title tabular-nums" data-testid="case-no">{c.caseNo ?? c.id}</h1>
          <StatusBadge status={c.status} locale={locale} audience="staff" />
          {late && <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900" data-testid="late-label">{tj("stage.late")} · {tj(`stage.lateTitle.${late.stage}`, { days: late.days, limit: late.limit })}</span>}
          {!lead && me.role === "reviewer" && <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-xs text-slate-700" data-testid="co-label">{tq("coReadOnly")}</span>}
          {resubmitted && <a href="#s-revisions" className="rounded-full bg-indigo-100 px-2.5 py-0.5 text-xs font-semibold text-indigo-900 no-underline" data-testid="resubmitted-label">{tn("resubmitted")} · {tn("resubmittedTitle", { n: c.revision })}</a>}
        </div>
        <p className="text-slate-800">{c.organisation.name} · {m ? (en ? m.title.en : m.title.zh) : c.measureId}</p>
        {c.caseNo && <DocumentLinks caseId={c.id} compact />}
        <a href="#review-panel" className="text-sm lg:hidden">{t("jumpToPanel")}</a>
      </div>

      {!lead && me.role === "reviewer" && <p className="rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm" role="note">{t("coNote")}</p>}
      <SameClaimWarning view={view} />

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <section className="card" aria-labelledby="s-summary">
            <h2 id="s-summary" className="mb-3 text-lg font-semibold">{t("summary")}</h2>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <Item label={t("org")}>{c.organisation.name}<span className="block text-xs text-slate-600 tabular-nums">{c.organisation.creditCode}</span></Item>
              <Item label={t("orgFlags")}>
                {c.organisation.registeredInCity ? t("inCity") : t("notInCity")}
                {c.organisation.creditBlacklisted && <span className="ml-2 font-semibold text-gov-red">{t("blacklisted")}</span>}
              </Item>
              <Item label={t("measure")}>{m ? (en ? m.title.en : m.title.zh) : c.measureId}{m && <> · <Link href={`/measures/${m.id}`}>{t("clauseN", { n: m.clause })}</Link></>}</Item>
              <Item label={t("round")}>{c.round.name}</Item>
              <Item label={t("submittedAt")}>{c.submittedAt ? formatDateTime(c.submittedAt, locale) : "—"}<span className="ml-2 text-slate-600">{tq("age", { n: age })}</span></Item>
              <Item label={t("revision")}>{t("revisionCount", { n: c.revision })}</Item>
              <Item label={t("ceiling")}><Money fen={c.ceilingFen} /></Item>
              <Item label={t("approved")}><span data-testid="approved-amount"><Money fen={c.approvedFen} /></span></Item>
              {c.noticeEndsAt && <Item label={t("noticeEndsAt")}>{formatDateTime(c.noticeEndsAt, locale)}</Item>}
              {c.status === "returned" && c.fixDueAt && <Item label={tj("fixDue.label")}><span data-testid="fix-due">{formatDateTime(c.fixDueAt, locale)}</span><span className="ml-2 text-slate-600">{tj("fixDue.left", { n: workingDaysBetween(cal, now, c.fixDueAt) })}</span></Item>}
              {c.payment && <Item label={t("payment")}>{formatYuan(c.payment.amountFen)} · {c.payment.voucherNo}</Item>}
            </dl>
          </section>

          {/* a resubmitted case: what changed and the answers to the fix list come first */}
          {resubmitted && revisionsCard}

          <section className="card" aria-labelledby="s-facts">
            <h2 id="s-facts" className="mb-3 text-lg font-semibold">{t("facts")}</h2>
            <FactsTable subject={c.subject} subjectLabel={t("subject")} rows={view.facts} />
          </section>

          <section className="card" aria-labelledby="s-files">
            <h2 id="s-files" className="mb-3 text-lg font-semibold">{t("attachments")}</h2>
            <Attachments files={c.attachments} slotLabel={slotLabel} />
          </section>

          <section className="card space-y-3" aria-labelledby="s-decision">
            <h2 id="s-decision" className="text-lg font-semibold">{t("decision")}</h2>
            {changed && (
              <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" role="note" data-testid="ceiling-changed">
                {t("ceilingChanged", { now: formatYuan(view.live!.ceilingFen), before: formatYuan(storedCeiling!) })}
              </p>
            )}
            {view.live && <p className="text-xs text-slate-600">{t("liveNote")}</p>}
            {decision ? <DecisionView decision={decision} locale={locale} showTrace /> : <p className="text-sm text-slate-600">—</p>}
          </section>

          {!resubmitted && revisionsCard}

          <section className="card" aria-labelledby="s-ledger">
            <h2 id="s-ledger" className="mb-3 text-lg font-semibold">{t("ledger")}</h2>
            <Ledger view={view} />
          </section>

          <section className="card" aria-labelledby="s-timeline">
            <h2 id="s-timeline" className="mb-4 text-lg font-semibold">{t("timeline")}</h2>
            <Timeline events={view.timeline} locale={locale} showActors />
          </section>
        </div>

        <aside className="space-y-6">
          <section id="review-panel" className="card scroll-mt-4" aria-labelledby="s-panel">
            <h2 id="s-panel" className="mb-3 text-lg font-semibold">{t("panel")}</h2>
            <ReviewPanel view={view} user={me} lead={lead} />
          </section>
          <section className="card" aria-labelledby="s-budget">
            <h2 id="s-budget" className="mb-2 text-lg font-semibold">{t("budget")}</h2>
            <dl className="space-y-1 text-sm" data-testid="budget">
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{t("budgetTotal")}</dt><dd><Money fen={view.budget.budgetFen} /></dd></div>
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{t("budgetUsed")}</dt><dd><Money fen={view.budget.usedFen} /></dd></div>
              <div className="flex justify-between gap-3 font-medium"><dt>{t("budgetLeft")}</dt><dd><Money fen={view.budget.remainingFen} /></dd></div>
            </dl>
            <h3 className="mt-4 mb-1 text-sm font-semibold">{t("roundBudget")}</h3>
            <dl className="space-y-1 text-sm" data-testid="round-budget">
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{t("budgetTotal")}</dt><dd><Money fen={view.roundBudget.totalFen} /></dd></div>
              <div className="flex justify-between gap-3"><dt className="text-slate-600">{t("budgetUsed")}</dt><dd><Money fen={view.roundBudget.usedFen} /></dd></div>
              <div className="flex justify-between gap-3 font-medium"><dt>{t("budgetLeft")}</dt><dd><Money fen={view.roundBudget.remainingFen} /></dd></div>
            </dl>
          </section>
          <section className="card" aria-labelledby="s-history">
            <h2 id="s-history" className="mb-3 text-lg font-semibold">{t("history")}</h2>
            <ReviewHistory view={view} />
          </section>
          {c.objections.length > 0 && (
            <section className="card" aria-labelledby="s-objections">
              <h2 id="s-objections" className="mb-3 text-lg font-semibold">{t("objections")}</h2>
              <ObjectionsList view={view} />
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { listOrgCases } from "@/lib/cases/applicant-view";
import { isAwarded } from "@/lib/cases/transitions";
import { db } from "@/lib/db/client";

export default async function ApplicantHome() {
  const user = await guardPage("/applicant", "applicant");
  const [t, tc, locale, fmt] = await Promise.all([getTranslations("landing.applicant"), getTranslations("cases.list"), getLocale(), getFormatter()]);
  const en = locale === "en";
  const [org, cases] = await Promise.all([
    db.organisation.findUnique({ where: { id: user.organisationId ?? "" }, select: { name: true } }),
    listOrgCases(user),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="page-title">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-700" data-testid="org-name">{t("hello", { org: org?.name ?? "" })}</p>
        </div>
        <Link href="/measures" className="btn-primary">{tc("new")}</Link>
      </div>
      {cases.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} action={<Link href="/calculator" className="btn-secondary mt-2">{t("start")}</Link>} />
      ) : (
        <ul className="space-y-3" aria-label={tc("label")} data-testid="case-list">
          {cases.map((c) => {
            const decided = isAwarded(c.status);
            const href = c.status === "draft" ? `/applicant/cases/${c.id}/edit` : `/applicant/cases/${c.id}`;
            return (
              <li key={c.id} className="card p-4" data-testid="case-row" data-status={c.status}>
                <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <StatusBadge status={c.status} locale={locale} audience="applicant" />
                      {c.caseNo && <span className="tabular-nums text-slate-700" data-testid="row-case-no">{c.caseNo}</span>}
                    </p>
                    <p className="font-medium">
                      <Link href={href}>{c.measure ? (en ? c.measure.title.en : c.measure.title.zh) : c.measureId}</Link>
                    </p>
                    <p className="break-words text-sm text-slate-700">{c.subject || tc("noSubject")}</p>
                  </div>
                  <div className="w-full text-sm sm:w-auto sm:text-right">
                    {decided ? (
                      <p><span className="text-slate-600">{tc("approved")}</span> <Money fen={c.approvedFen ?? c.ceilingFen} /></p>
                    ) : c.ceilingFen !== null ? (
                      <p><span className="text-slate-600">{tc("ceiling")}</span> <Money fen={c.ceilingFen} /></p>
                    ) : null}
                    <p className="text-xs text-slate-600">{tc("updated", { at: fmt.dateTime(c.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

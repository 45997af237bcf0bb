import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { listOrgCases } from "@/lib/cases/applicant-view";
import { ownOrganisation } from "@/lib/organisations/members";
import { isAwarded } from "@/lib/cases/transitions";
import { loadWorkCalendar } from "@/lib/calendar/calendar";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { HomeOffers } from "./_components/home-offers";
import { HomeRecommendations } from "./_components/home-recommendations";
import { VerificationBanner } from "./_components/verification-banner";
import { formatDateTime } from "@/lib/format-date";
import { formatDate } from "@/lib/format-date";

export default async function ApplicantHome() {
  const user = await guardPage("/applicant", "applicant");
  const [t, tc, tn, locale] = await Promise.all([getTranslations("landing.applicant"), getTranslations("cases.list"), getTranslations("nextSteps.list"), getLocale()]);
  const en = locale === "en";
  const [org, cases, cal] = await Promise.all([
    ownOrganisation(user),
    listOrgCases(user),
    loadWorkCalendar(),
  ]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="page-title">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-700" data-testid="org-name">{t("hello", { org: org?.name ?? "" })}</p>
        </div>
        <Link href="/measures" className="btn-primary">{tc("new")}</Link>
      </div>
      <VerificationBanner user={user} />
      {user.organisationId && <HomeOffers user={user} />}
      {user.organisationId && <HomeRecommendations user={user} />}
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
                    {c.status === "returned" && c.fixDueAt && (
                      <p className={`text-sm font-medium ${c.fixDueAt < now ? "text-gov-red" : "text-amber-900"}`} data-testid="row-fix-due">
                        {c.fixDueAt < now
                          ? tn("fixOverdue", { date: formatDate(c.fixDueAt, locale) })
                          : tn("fixDue", { date: formatDate(c.fixDueAt, locale), n: workingDaysBetween(cal, now, c.fixDueAt) })}
                      </p>
                    )}
                  </div>
                  <div className="w-full text-sm sm:w-auto sm:text-right">
                    {decided ? (
                      <p><span className="text-slate-600">{tc("approved")}</span> <Money fen={c.approvedFen ?? c.ceilingFen} /></p>
                    ) : c.ceilingFen !== null ? (
                      <p><span className="text-slate-600">{tc("ceiling")}</span> <Money fen={c.ceilingFen} /></p>
                    ) : null}
                    <p className="text-xs text-slate-600">{tc("updated", { at: formatDateTime(c.updatedAt, locale) })}</p>
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

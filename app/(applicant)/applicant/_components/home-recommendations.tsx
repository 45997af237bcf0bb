import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Money } from "@/components/cases/money";
import { StatusBadge } from "@/components/cases/status-badge";
import type { SessionUser } from "@/lib/auth/sign-in";
import { recommendationsFor } from "@/lib/offers/recommendations";
import { HomeSection } from "./home-section";
import { StartPrefilled } from "./start-prefilled";

/** What the organisation may qualify for, from what the portal knows, each one click from a prefilled draft. */
export async function HomeRecommendations({ user }: { user: SessionUser }) {
  const [t, tp, locale, { items, undecided }] = await Promise.all([getTranslations("offers.home"), getTranslations("policy"), getLocale(), recommendationsFor(user)]);
  const en = locale === "en";
  return (
    <HomeSection id="rec-title" title={t("title")} lead={t("lead")} testId="recommendations">
      {items.length === 0 ? <p className="text-sm text-slate-700" data-testid="rec-none">{t("none")}</p> : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {items.map((r) => {
            const titleId = `rec-${r.measureId}-title`;
            const live = r.existing && r.existing.status !== "draft";
            return (
              <li key={r.measureId} className="card flex flex-col justify-between gap-3 p-4" data-testid="recommendation" data-measure={r.measureId}>
                <div className="space-y-1">
                  <p className="text-sm text-slate-600">{tp("clauseN", { n: r.clause })}</p>
                  <h3 id={titleId} className="font-medium">{en ? r.title.en : r.title.zh}</h3>
                  <p className="text-sm"><span className="text-slate-600">{r.fixed ? t("estimate") : t("upTo")}</span> <Money fen={r.estimatedCeilingFen} className="font-semibold" /></p>
                </div>
                {live ? (
                  <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="rec-existing">
                    <StatusBadge status={r.existing!.status as never} locale={locale} audience="applicant" />
                    <Link href={`/applicant/cases/${r.existing!.id}`}>{t("hasCase", { caseNo: r.existing!.caseNo ?? "" })}</Link>
                  </p>
                ) : r.existing ? (
                  <Link href={`/applicant/cases/${r.existing.id}/edit`} className="btn-secondary w-full sm:w-auto sm:self-start" aria-describedby={titleId} data-testid="rec-draft">{t("hasDraft")}</Link>
                ) : (
                  <StartPrefilled measureId={r.measureId} describedBy={titleId} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="text-sm text-slate-700">
        {undecided > 0 && <span>{t("undecided", { n: undecided })} </span>}
        <Link href="/calculator" data-testid="rec-calculator">{t("answerMore")}</Link>
      </p>
    </HomeSection>
  );
}

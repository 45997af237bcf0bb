import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BureauContact } from "@/components/bureau-contact";
import { StatusBadge } from "@/components/cases/status-badge";
import { guardPage } from "@/lib/auth/guard-page";
import { bureauContact } from "@/lib/bureaus/contact";
import { unfinishedCases } from "@/lib/cases/applicant-view";
import { roundToTell } from "@/lib/cases/apply-info";
import { env } from "@/lib/env";
import { ownOrganisation } from "@/lib/organisations/members";
import { engine } from "@/rules";
import { AdmittedNote, Conditions, Materials, TimeLimits } from "./apply-info";
import { StartApplication } from "./start-application";

type Params = Promise<{ measureId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const m = engine.measures.get((await params).measureId);
  return { title: m ? ((await getLocale()) === "en" ? m.title.en : m.title.zh) : undefined };
}

export default async function ApplyPage({ params }: { params: Params }) {
  const { measureId } = await params;
  const user = await guardPage(`/applicant/apply/${encodeURIComponent(measureId)}`, "applicant");
  const m = engine.measures.get(measureId);
  if (!m) notFound();
  const [t, to, locale] = await Promise.all([getTranslations("cases.apply"), getTranslations("orgTypes"), getLocale()]);
  const en = locale === "en";
  const [org, told, bureau, drafts] = await Promise.all([
    ownOrganisation(user),
    roundToTell(m.id),
    bureauContact(m.leadBureau),
    unfinishedCases(user, m.id),
  ]);
  if (!org) notFound();
  const admitted = (m.orgTypes as readonly string[]).includes(org.orgType);
  const types = m.orgTypes.map((o) => to(o)).join(en ? ", " : "、");
  const bureauName = bureau ? (en ? bureau.nameEn : bureau.nameZh) : m.leadBureau;

  // 一次性告知: everything an applicant needs to know comes before the form starts
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav className="text-sm"><Link href={`/measures/${m.id}`}>← {t("aboutMeasure")}</Link></nav>
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{t("clause", { n: m.clause })} · {m.id}</p>
        <h1 className="page-title">{t("title", { title: en ? m.title.en : m.title.zh })}</h1>
        <p className="text-slate-800">{en ? m.summary.en : m.summary.zh}</p>
      </header>
      <AdmittedNote m={m} orgType={org.orgType} admitted={admitted} types={types} yours={to(org.orgType)} />
      <Conditions m={m} types={types} en={en} />
      <Materials m={m} en={en} maxMb={env.UPLOAD_MAX_MB} />
      <TimeLimits round={told?.round ?? null} upcoming={told?.upcoming ?? false} bureau={bureauName} />
      {bureau && <BureauContact bureau={bureau} locale={locale} />}
      {!admitted ? (
        <div role="note" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="org-type-warning">
          <p>{t("orgTypeRefused", { types, yours: to(org.orgType) })}</p>
          <p><Link href="/calculator">{t("findOthers")}</Link></p>
        </div>
      ) : drafts.length > 0 ? (
        <section className="space-y-3" aria-labelledby="existing">
          <h2 id="existing" className="text-base font-semibold">{t("existing")}</h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span className="flex items-center gap-2">
                  <StatusBadge status={d.status} locale={locale} audience="applicant" />
                  <span>{d.subject || t("noSubject")}</span>
                </span>
                <Link href={`/applicant/cases/${d.id}/edit`} className="btn-secondary">{t("continue")}</Link>
              </li>
            ))}
          </ul>
          <StartApplication measureId={m.id} />
        </section>
      ) : (
        <StartApplication measureId={m.id} />
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/cases/status-badge";
import { guardPage } from "@/lib/auth/guard-page";
import { openRoundFor } from "@/lib/cases/drafts";
import { db } from "@/lib/db/client";
import { engine } from "@/rules";
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
  const [t, to, locale, fmt] = await Promise.all([getTranslations("cases.apply"), getTranslations("orgTypes"), getLocale(), getFormatter()]);
  const en = locale === "en";
  const [org, open, drafts] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: user.organisationId ?? "" }, select: { orgType: true } }),
    openRoundFor(m.id),
    db.case.findMany({
      where: { organisationId: user.organisationId ?? "", measureId: m.id, status: { in: ["draft", "returned"] } },
      orderBy: { updatedAt: "desc" },
      select: { id: true, subject: true, status: true, updatedAt: true },
    }),
  ]);
  const admitted = (m.orgTypes as readonly string[]).includes(org.orgType);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav className="text-sm"><Link href={`/measures/${m.id}`}>← {t("aboutMeasure")}</Link></nav>
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{t("clause", { n: m.clause })} · {m.id}</p>
        <h1 className="page-title">{t("title", { title: en ? m.title.en : m.title.zh })}</h1>
        <p className="text-slate-800">{en ? m.summary.en : m.summary.zh}</p>
      </header>
      <section className="card space-y-2 text-sm" aria-label={t("whatYouNeed")}>
        <h2 className="text-base font-semibold">{t("whatYouNeed")}</h2>
        <p>{t("needFields", { n: m.fields.length })}</p>
        <ul className="list-inside list-disc text-slate-800">
          {m.documents.map((d) => <li key={d.key}>{en ? d.en : d.zh}</li>)}
        </ul>
        <p className="text-slate-700">{open
          ? t("roundOpen", { name: open.name, closes: fmt.dateTime(open.closesAt, { dateStyle: "long", timeStyle: "short" }) })
          : t("noRound")}</p>
      </section>
      {!admitted && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="org-type-warning">
          {t("orgTypeWarning", { types: m.orgTypes.map((o) => to(o)).join(en ? ", " : "、"), yours: to(org.orgType) })}
        </p>
      )}
      {drafts.length > 0 ? (
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
          <StartApplication measureId={m.id} auto={false} />
        </section>
      ) : (
        <StartApplication measureId={m.id} auto />
      )}
    </div>
  );
}

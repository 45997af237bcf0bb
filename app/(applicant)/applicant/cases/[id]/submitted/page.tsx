import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentLinks } from "@/components/cases/document-links";
import { StatusBadge } from "@/components/cases/status-badge";
import { guardPage } from "@/lib/auth/guard-page";
import { loadCase } from "../../../_components/load-case";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.submitted"))("title") };
}

/** After submitting: the case number and the bureau that now reviews it. */
export default async function SubmittedPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await guardPage(`/applicant/cases/${encodeURIComponent(id)}/submitted`, "applicant");
  const v = await loadCase(user, id);
  if (!v.case.caseNo || v.case.status === "draft" || v.case.status === "returned") redirect(`/applicant/cases/${v.case.id}`);
  const [t, locale] = await Promise.all([getTranslations("cases.submitted"), getLocale()]);
  const en = locale === "en";
  const bureau = (en ? v.bureau?.nameEn : v.bureau?.nameZh) ?? v.case.leadBureauId;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <section className="card space-y-4 text-center" aria-labelledby="done-title">
        <div aria-hidden className="mx-auto grid h-12 w-12 place-items-center rounded-full bg-green-100 text-2xl text-green-700">✓</div>
        <h1 id="done-title" className="page-title">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("caseNoLabel")}</p>
        <p className="text-2xl font-semibold tabular-nums tracking-wide" data-testid="case-no">{v.case.caseNo}</p>
        <p className="flex items-center justify-center gap-2 text-sm"><StatusBadge status={v.case.status} locale={locale} audience="applicant" /></p>
        <p className="text-slate-800" data-testid="lead-bureau">{t("sentTo", { bureau })}</p>
        <p className="help">{t("next")}</p>
        <div className="flex justify-center"><DocumentLinks caseId={v.case.id} compact /></div>
      </section>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href={`/applicant/cases/${v.case.id}`} className="btn-primary">{t("viewCase")}</Link>
        <Link href="/applicant" className="btn-secondary">{t("myCases")}</Link>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/cases/status-badge";
import { guardPage } from "@/lib/auth/guard-page";
import { prefilledFacts } from "@/lib/cases/prefilled";
import { isEditable } from "@/lib/cases/transitions";
import { env } from "@/lib/env";
import { loadCase } from "../../../_components/load-case";
import { ReturnRequest } from "../../../_components/return-request";
import { VerificationBanner } from "../../../_components/verification-banner";
import { CaseForm } from "./case-form";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.form"))("title") };
}

export default async function EditCasePage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await guardPage(`/applicant/cases/${encodeURIComponent(id)}/edit`, "applicant");
  const v = await loadCase(user, id);
  if (!isEditable(v.case.status)) redirect(`/applicant/cases/${v.case.id}`);
  const [t, tp, locale, prefilled] = await Promise.all([
    getTranslations("cases.form"), getTranslations("offers.prefilled"), getLocale(), v.case.status === "draft" ? prefilledFacts(v.case) : ([] as string[]),
  ]);
  const en = locale === "en";
  const m = v.measure;
  const example = t.has(`subjectExamples.c${m.clause}`) ? t(`subjectExamples.c${m.clause}` as "subjectExamples.c9") : t("subjectExamples.default");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav className="text-sm"><Link href="/applicant">← {t("back")}</Link></nav>
      <header className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={v.case.status} locale={locale} audience="applicant" />
          <span>{t("clause", { n: m.clause })}</span>
          {v.case.caseNo && <span className="tabular-nums">{v.case.caseNo}</span>}
        </p>
        <h1 className="page-title">{en ? m.title.en : m.title.zh}</h1>
        <p className="text-sm text-slate-700">{en ? m.summary.en : m.summary.zh}</p>
      </header>
      <VerificationBanner user={user} />
      {v.request && <ReturnRequest request={v.request} />}
      {prefilled.length > 0 && (
        <p role="note" className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="prefilled-note">
          {tp("note", { fields: m.fields.filter((f) => prefilled.includes(f.name)).map((f) => (en ? f.en : f.zh)).join(en ? "; " : "、") })}
        </p>
      )}
      <Suspense fallback={<p className="card text-sm text-slate-700" role="status">{t("formLoading")}</p>}>
        <CaseForm
          caseId={v.case.id}
          version={v.case.version}
          measureId={m.id}
          documents={m.documents.map((d) => ({ key: d.key, zh: d.zh, en: d.en }))}
          subject={v.case.subject}
          facts={v.case.facts}
          attachments={v.attachments.map((a) => ({ id: a.id, slot: a.slot, fileName: a.fileName, size: a.size }))}
          savedAt={v.case.updatedAt.toISOString()}
          maxMb={env.UPLOAD_MAX_MB}
          subjectHelp={t("subjectHelp", { example })}
        />
      </Suspense>
    </div>
  );
}

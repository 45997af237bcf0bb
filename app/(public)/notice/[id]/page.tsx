import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { formatYuan } from "@/lib/money";
import { noticeCase } from "@/lib/review/notice";
import { engine } from "@/rules";
import { ObjectionForm } from "./objection-form";
import { formatDate } from "@/lib/format-date";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.notice"))("objectTitle") };
}

/** One case in public notice and the form to object to it (no sign-in needed). */
export default async function NoticeCasePage({ params }: { params: Params }) {
  const { id } = await params;
  const c = await noticeCase(id);
  if (!c) notFound();
  const [t, locale] = await Promise.all([getTranslations("review.notice"), getLocale()]);
  const en = locale === "en";
  const m = engine.measures.get(c.measureId);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/notice" className="text-sm">← {t("back")}</Link>
      <h1 className="page-title">{t("objectTitle")}</h1>
      <dl className="card grid gap-3 text-sm sm:grid-cols-2" data-testid="notice-case">
        <div><dt className="text-xs text-slate-600">{t("colOrg")}</dt><dd className="font-medium">{c.organisation.name}</dd></div>
        <div><dt className="text-xs text-slate-600">{t("caseNo")}</dt><dd className="tabular-nums">{c.caseNo}</dd></div>
        <div><dt className="text-xs text-slate-600">{t("colMeasure")}</dt><dd>{m ? (en ? m.title.en : m.title.zh) : c.measureId}</dd></div>
        <div><dt className="text-xs text-slate-600">{t("colAmount")}</dt><dd className="tabular-nums">{c.approvedFen === null ? "—" : formatYuan(c.approvedFen)}</dd></div>
        <div className="sm:col-span-2">
          <dt className="text-xs text-slate-600">{t("colEnds")}</dt>
          <dd>{c.status === "objected" ? t("paused") : c.noticeEndsAt ? formatDate(c.noticeEndsAt, locale) : "—"}</dd>
        </div>
      </dl>
      <section className="card space-y-4" aria-labelledby="object-form-title">
        <h2 id="object-form-title" className="text-lg font-semibold">{t("formTitle")}</h2>
        <p className="text-sm text-slate-700">{t("formLead")}</p>
        <ClientMessages namespaces={["review.notice", "review.errors", "errors"]}><ObjectionForm caseId={c.id} /></ClientMessages>
      </section>
    </div>
  );
}

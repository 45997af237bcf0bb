import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { objectionStatus } from "@/lib/review/objections";
import { engine } from "@/rules";
import { formatDateTime } from "@/lib/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.notice"))("lookupTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Public: an objector looks up its objection by the reference it was given. Only the case number,
// the measure and the stage are shown: nothing about who objected or what they wrote.
export default async function ObjectionLookupPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const ref = (Array.isArray(sp.ref) ? sp.ref[0] : sp.ref ?? "").slice(0, 40);
  const [t, locale, found] = await Promise.all([getTranslations("review.notice"), getLocale(), ref ? objectionStatus(ref) : Promise.resolve(null)]);
  const en = locale === "en";
  const m = found && engine.measures.get(found.measureId);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <Link href="/notice" className="text-sm">{t("back")}</Link>
        <h1 className="page-title mt-2">{t("lookupTitle")}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("lookupLead")}</p>
      </div>
      <form method="get" action="/notice/objection" role="search" className="card flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="ref" className="label">{t("lookupField")}</label>
          <input id="ref" name="ref" defaultValue={ref} className="input h-10 uppercase tabular-nums" placeholder="YY-XXXX-XXXX" autoComplete="off" maxLength={40} />
        </div>
        <button type="submit" className="btn-primary">{t("lookupSubmit")}</button>
      </form>
      {ref && !found && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="alert" data-testid="lookup-none">{t("lookupNone")}</p>}
      {found && (
        <dl className="card grid gap-3 text-sm sm:grid-cols-[8rem_1fr]" data-testid="lookup-result">
          <dt className="text-slate-600">{t("lookupField")}</dt><dd className="font-medium tabular-nums">{found.refNo}</dd>
          <dt className="text-slate-600">{t("lookupCase")}</dt><dd className="tabular-nums">{found.caseNo ?? "—"}</dd>
          <dt className="text-slate-600">{t("lookupMeasure")}</dt><dd>{m ? (en ? m.title.en : m.title.zh) : found.measureId}</dd>
          <dt className="text-slate-600">{t("lookupLodged")}</dt><dd>{formatDateTime(found.lodgedAt, locale)}</dd>
          <dt className="text-slate-600">{t("lookupStage")}</dt><dd className="font-medium" data-testid="lookup-stage">{t(`stages.${found.stage}`)}</dd>
          {found.resolvedAt && <><dt className="text-slate-600">{t("lookupResolved")}</dt><dd>{formatDateTime(found.resolvedAt, locale)}</dd></>}
        </dl>
      )}
    </div>
  );
}

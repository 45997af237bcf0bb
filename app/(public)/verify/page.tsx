import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/cases/status-badge";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { allowVerify, verifyCase } from "@/lib/documents/verify";
import { engine } from "@/rules";
import { formatDate } from "@/lib/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents.verify"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Public: anyone holding a printed application or receipt checks its verification code. Only the
// case number, the organisation, the measure and the status are shown: nothing personal, no amounts.
// Each look-up counts against the client address (lib/documents/verify.ts), as objections do.
export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const code = (Array.isArray(sp.code) ? sp.code[0] : sp.code ?? "").trim().slice(0, 40);
  const [t, locale] = await Promise.all([getTranslations("documents.verify"), getLocale()]);
  const ip = code ? await clientAddress() : UNKNOWN_ADDRESS;
  const limited = code !== "" && ip !== UNKNOWN_ADDRESS && !(await allowVerify(ip));
  const found = code && !limited ? await verifyCase(code) : null;
  const en = locale === "en";
  const m = found && engine.measures.get(found.measureId);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("lead")}</p>
      </div>
      <form method="get" action="/verify" role="search" className="card flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="code" className="label">{t("field")}</label>
          <input id="code" name="code" defaultValue={code} className="input h-10 uppercase tabular-nums tracking-wider" placeholder="XXXX-XXXX-XXXX"
            autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40} required />
        </div>
        <button type="submit" className="btn-primary">{t("submit")}</button>
      </form>
      {limited && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="alert" data-testid="verify-limited">{t("limited")}</p>}
      {code && !limited && !found && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="alert" data-testid="verify-none">{t("none")}</p>}
      {found && (
        <section className="card space-y-4" aria-labelledby="verify-found" data-testid="verify-result">
          <p id="verify-found" className="rounded-md bg-green-50 px-3 py-2 text-sm font-medium text-green-900" role="status">✓ {t("found")}</p>
          <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-slate-600">{t("field")}</dt><dd className="font-medium tabular-nums">{found.code}</dd>
            <dt className="text-slate-600">{t("caseNo")}</dt><dd className="tabular-nums" data-testid="verify-case-no">{found.caseNo}</dd>
            <dt className="text-slate-600">{t("organisation")}</dt><dd data-testid="verify-org">{found.organisation}</dd>
            <dt className="text-slate-600">{t("measure")}</dt><dd>{m ? (en ? m.title.en : m.title.zh) : found.measureId}</dd>
            <dt className="text-slate-600">{t("status")}</dt><dd><StatusBadge status={found.status} locale={locale} audience="applicant" /></dd>
            {found.submittedAt && <><dt className="text-slate-600">{t("submittedAt")}</dt><dd>{formatDate(found.submittedAt, locale)}</dd></>}
          </dl>
        </section>
      )}
    </div>
  );
}

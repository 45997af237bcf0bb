import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { analyseCreditCode } from "@/lib/auth/credit-code";
import { guardPage } from "@/lib/auth/guard-page";
import { env } from "@/lib/env";
import { verificationStanding } from "@/lib/organisations/verification";
import { VerificationForm } from "./verification-form";
import { formatDateTime } from "@/lib/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verification"))("title") };
}

/** The applicant's organisation's verification: where it stands, and the licence upload (or, without an organisation, a code dispute). */
export default async function VerificationPage() {
  const user = await guardPage("/applicant/verification", "applicant");
  const [t, to, locale, standing] = await Promise.all([getTranslations("verification"), getTranslations("orgTypes"), getLocale(), verificationStanding(user)]);
  const en = locale === "en";
  const latest = standing.latest;
  const pending = latest?.state === "pending";
  const at = (d: Date) => formatDateTime(d, locale);
  const badge = standing.verified ? "verified" : pending ? "pending" : latest?.state === "rejected" ? "rejected" : "unverified";
  const tone = { verified: "bg-green-100 text-green-900", pending: "bg-amber-100 text-amber-900", rejected: "bg-red-100 text-red-900", unverified: "bg-slate-100 text-slate-800" }[badge];

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("lead")}</p>
      </div>
      {standing.bound && (
        <section className="card" aria-labelledby="current-title">
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <h2 id="current-title" className="text-base font-semibold">{t("current")}</h2>
            <span className={`rounded px-2 py-0.5 text-sm ${tone}`} data-testid="verification-status" data-status={badge}>{t(`status.${badge}`)}</span>
          </div>
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-600">{t("name")}</dt><dd>{standing.org.name}</dd>
            <dt className="text-slate-600">{t("creditCode")}</dt><dd className="break-all font-mono">{standing.org.creditCode}</dd>
            <dt className="text-slate-600">{t("orgType")}</dt><dd>{to(standing.org.orgType)}</dd>
            {standing.org.verifiedAt && <><dt className="text-slate-600">{t("verifiedAt")}</dt><dd>{at(standing.org.verifiedAt)}</dd></>}
          </dl>
          <CodeNote code={standing.org.creditCode} en={en} t={t} />
        </section>
      )}
      {latest && (
        <section className="card text-sm" aria-labelledby="latest-title" data-testid="latest-request" data-state={latest.state}>
          <h2 id="latest-title" className="mb-2 text-base font-semibold">{t("latest")}</h2>
          <p><span className="font-medium">{t(`kind.${latest.kind}`)}</span> · {t(`status.${latest.state === "approved" ? "verified" : latest.state}`)} · {t("requestedAt", { at: at(latest.createdAt) })}</p>
          <p className="mt-1 break-words">{latest.name} · <span className="font-mono">{latest.creditCode}</span> · {to(latest.orgType)}</p>
          {latest.reason && <p className="mt-1 text-red-800" data-testid="latest-reason">{t("reason", { reason: latest.reason })}</p>}
          <p className="mt-2"><a href={`/api/verifications/${latest.id}/licence?inline=1`} target="_blank" rel="noopener">{t("viewLicence")}</a></p>
        </section>
      )}
      <section className="card space-y-3" aria-labelledby="form-title">
        <h2 id="form-title" className="text-base font-semibold">
          {!standing.bound ? t("formDispute") : standing.verified ? t("formChange") : t("formInitial")}
        </h2>
        {!standing.bound && <p className="help">{t("formDisputeLead")}</p>}
        {standing.bound && standing.verified && <p className="help">{t("formChangeLead")}</p>}
        {pending ? (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">{t("pendingNote")}</p>
        ) : (
          <VerificationForm
            mode={!standing.bound ? "dispute" : standing.verified ? "change" : "initial"}
            initial={standing.bound ? { creditCode: standing.org.creditCode, name: standing.org.name, orgType: standing.org.orgType } : { creditCode: "", name: "", orgType: "enterprise" }}
            maxMb={env.UPLOAD_MAX_MB}
          />
        )}
      </section>
    </div>
  );
}

function CodeNote({ code, en, t }: { code: string; en: boolean; t: Awaited<ReturnType<typeof getTranslations<"verification">>> }) {
  const a = analyseCreditCode(code);
  return (
    <p className="help mt-3">
      {a.weihaiDivision ? t("codeSays", { division: `${a.division} ${en ? a.weihaiDivision.en : a.weihaiDivision.zh}` }) : t("codeOutside", { division: a.division })}
    </p>
  );
}

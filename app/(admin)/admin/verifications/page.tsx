import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/guard-page";
import { verificationQueue } from "@/lib/organisations/verification-queue";
import { DecideForm } from "./decide-form";
import { formatDateTime } from "@/lib/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verification.admin"))("title") };
}

/** 单位认证审核: pending verifications, changes and disputes with the licence, the facts asked for and what the code says. */
export default async function VerificationQueuePage() {
  const user = await guardPage("/admin/verifications", "admin");
  const [t, tk, to, locale, q] = await Promise.all([
    getTranslations("verification.admin"), getTranslations("verification.kind"), getTranslations("orgTypes"), getLocale(), verificationQueue(user),
  ]);
  const en = locale === "en";
  const at = (d: Date) => formatDateTime(d, locale);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="page-title">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("lead")}</p>
        <p className="help">{t("who")}</p>
      </header>
      <section aria-labelledby="pending-title" className="space-y-3">
        <h2 id="pending-title" className="text-lg font-semibold">
          {t("pending")}{q.pending.length > 0 && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-sm text-amber-900">{q.pending.length}</span>}
        </h2>
        {q.pending.length === 0 && <p className="card py-8 text-center text-sm text-slate-600" data-testid="verifications-empty">{t("empty")}</p>}
        <ul className="space-y-4">
          {q.pending.map((v) => {
            const a = v.analysis;
            const changed = (k: "creditCode" | "name" | "orgType") => v.kind !== "initial" && v[k] !== v.organisation[k];
            return (
              <li key={v.id} className="card space-y-3 text-sm" data-testid="verification-item" data-code={v.creditCode} data-kind={v.kind}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium">
                    <span className={`mr-2 rounded px-1.5 py-0.5 text-xs ${v.kind === "dispute" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}>{tk(v.kind)}</span>
                    <span className="break-words">{v.name}</span>
                  </p>
                  <p className="text-xs text-slate-600">{t("requester")}: {v.requester?.name} <span className="break-all">{v.requester?.email}</span> · {at(v.createdAt)}</p>
                </div>
                <div className="grid gap-4 md:grid-cols-3">
                  <div>
                    <h3 className="mb-1 font-semibold">{t("proposed")}</h3>
                    <dl className="space-y-1">
                      <dd className={`break-all font-mono ${changed("creditCode") ? "font-semibold text-amber-900" : ""}`}>{v.creditCode}</dd>
                      <dd className={changed("name") ? "font-semibold text-amber-900" : ""}>{v.name}</dd>
                      <dd className={changed("orgType") ? "font-semibold text-amber-900" : ""}>{to(v.orgType)}</dd>
                    </dl>
                    <p className="mt-2"><a href={`/api/verifications/${v.id}/licence?inline=1`} target="_blank" rel="noopener" data-testid="licence-link">{v.licenceName}</a> <span className="text-xs text-slate-600">({Math.ceil(v.licenceSize / 1024)} KB)</span></p>
                  </div>
                  <div>
                    <h3 className="mb-1 font-semibold">{t("analysis")}</h3>
                    <ul className="space-y-1" data-testid="code-analysis">
                      <li>{t("division", { division: `${a.division} · ${a.weihaiDivision ? t("weihai", { name: en ? a.weihaiDivision.en : a.weihaiDivision.zh }) : t("notWeihai")}` })}</li>
                      <li>{t("orgCode", { code: a.orgCode })}</li>
                      {a.problem === null && <li className="text-green-800">{t("checksOk")}</li>}
                    </ul>
                  </div>
                  <div>
                    <h3 className="mb-1 font-semibold">{t("org")}</h3>
                    <p className="break-words">{v.organisation.name} · <span className="break-all font-mono">{v.organisation.creditCode}</span></p>
                    <p className="text-slate-600">{to(v.organisation.orgType)} · {v.organisation.verifiedAt ? t("orgVerified") : t("orgUnverified")}</p>
                    {v.kind === "dispute" && (
                      <div className="mt-2">
                        <p className="font-medium">{t("earlierUsers")}</p>
                        <ul className="text-slate-700" data-testid="earlier-users">
                          {v.earlierUsers.length === 0 && <li>{t("noEarlierUsers")}</li>}
                          {v.earlierUsers.map((u) => <li key={u.id} className="break-all">{u.name} {u.email}</li>)}
                        </ul>
                      </div>
                    )}
                  </div>
                </div>
                <DecideForm id={v.id} dispute={v.kind === "dispute"} proposedInCity={v.proposedInCity} />
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="decided-title" className="space-y-3">
        <h2 id="decided-title" className="text-lg font-semibold">{t("decided")}</h2>
        <ul className="card divide-y divide-slate-100 p-0 text-sm" data-testid="verifications-decided">
          {q.decided.length === 0 && <li className="px-4 py-6 text-center text-slate-600">{t("decidedEmpty")}</li>}
          {q.decided.map((v) => (
            <li key={v.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3" data-state={v.state}>
              <span className="min-w-0"><span className="mr-2 text-xs text-slate-600">{tk(v.kind)}</span><span className="break-words">{v.name}</span> <span className="break-all font-mono text-slate-600">{v.creditCode}</span>{v.reason && <span className="block text-slate-600">{v.reason}</span>}</span>
              <span className="text-xs text-slate-600">{t("decidedBy", { who: v.decider?.name ?? "—", at: v.decidedAt ? at(v.decidedAt) : "—", state: t(`state.${v.state}`) })}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { openRoundFor } from "@/lib/cases/drafts";
import { formatMoney } from "@/lib/money";
import type { FieldSpec } from "@/rules/core/fields";
import { awardSummary, findMeasure, hasFixedMax } from "../measure-catalog";
import { formatDateTime } from "@/lib/format-date";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const m = findMeasure((await params).id);
  if (!m) return {};
  return { title: (await getLocale()) === "en" ? m.title.en : m.title.zh };
}

export default async function MeasurePage({ params }: { params: Params }) {
  const { id } = await params;
  const m = findMeasure(id);
  if (!m) notFound();
  const [t, tp, to, locale] = await Promise.all([
    getTranslations("policy.detail"), getTranslations("policy"), getTranslations("orgTypes"), getLocale(),
  ]);
  const en = locale === "en";
  const L = (l: { zh: string; en: string }) => (en ? l.en : l.zh);
  const round = await openRoundFor(m.id);

  return (
    <article className="space-y-6">
      <nav aria-label={t("back")} className="text-sm"><Link href="/measures" className="tap">← {t("back")}</Link></nav>
      <header className="space-y-3">
        <p className="text-sm text-slate-600">
          <Link href={`/policy#clause-${m.clause}`} className="tap">{tp("clauseN", { n: m.clause })}</Link>
          <span className="mx-2" aria-hidden>·</span>
          <span>{m.id}</span>
        </p>
        <h1 className="page-title">{L(m.title)}</h1>
        <p className="max-w-3xl text-slate-800">{L(m.summary)}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/applicant/apply/${m.id}`} className="btn-primary" data-testid="apply-link">{t("apply")}</Link>
          <Link href="/calculator" className="btn-secondary">{t("calculator")}</Link>
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <aside className="space-y-6 lg:col-start-3 lg:row-start-1">
          <section aria-labelledby="round" className="card space-y-2">
            <h2 id="round" className="text-lg font-semibold">{t("round")}</h2>
            <p className="text-sm text-slate-800" data-testid="round-info">
              {round
                ? t("roundOpen", { name: round.name, deadline: formatDateTime(round.closesAt, locale) })
                : t("noRound")}
            </p>
          </section>

          <section aria-labelledby="who" className="card space-y-2">
            <h2 id="who" className="text-lg font-semibold">{t("who")}</h2>
            <ul className="flex flex-wrap gap-2">
              {m.orgTypes.map((o) => (
                <li key={o} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">{to(o)}</li>
              ))}
            </ul>
            <p className="help">{t("whoHelp")}</p>
          </section>

          <section aria-labelledby="bureaus" className="card space-y-2">
            <h2 id="bureaus" className="text-lg font-semibold">{t("bureaus")}</h2>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-600">{t("lead")}</dt>
                <dd className="font-medium">{tp(`bureaus.${m.leadBureau}`)}</dd>
              </div>
              {m.coBureaus.length > 0 && (
                <div>
                  <dt className="text-slate-600">{t("co")}</dt>
                  <dd>{m.coBureaus.map((b) => tp(`bureaus.${b}`)).join(en ? ", " : "、")}</dd>
                </div>
              )}
              <div>
                <dt className="text-slate-600">{t("pays")}</dt>
                <dd>{tp("bureaus.finance")}</dd>
              </div>
            </dl>
          </section>
        </aside>
        <div className="space-y-6 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          <section aria-labelledby="amount" className="card space-y-3">
            <h2 id="amount" className="text-lg font-semibold">{t("amount")}</h2>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="text-slate-600">{t("kind")}</dt>
              <dd>
                <span className="font-medium">{tp(`kinds.${m.kind}`)}</span>
                <span className="block text-slate-700">{tp(`kindHelp.${m.kind}`)}</span>
              </dd>
              {m.kind === "fixed" ? (
                <>
                  <dt className="text-slate-600">{t("fixedAmount")}</dt>
                  <dd className="font-medium" data-testid="award-amount">{awardSummary(m, locale, tp)}</dd>
                </>
              ) : (
                <>
                  <dt className="text-slate-600">{t("max")}</dt>
                  <dd className="font-medium" data-testid="award-amount">{hasFixedMax(m.maxFen) ? formatMoney(m.maxFen, locale) : tp("noFixedMax")}</dd>
                </>
              )}
              {m.annualCapFen !== undefined && (
                <>
                  <dt className="text-slate-600">{t("annualCap")}</dt>
                  <dd>{formatMoney(m.annualCapFen, locale)}</dd>
                </>
              )}
              {m.lifetimeCapFen !== undefined && (
                <>
                  <dt className="text-slate-600">{t("lifetimeCap")}</dt>
                  <dd>{formatMoney(m.lifetimeCapFen, locale)}</dd>
                </>
              )}
            </dl>
            {m.once && <p className="text-sm text-slate-700">{t("once")}</p>}
          </section>

          <section aria-labelledby="quote" className="card space-y-3">
            <h2 id="quote" className="text-lg font-semibold">{t("quote")}</h2>
            <blockquote className="border-l-4 border-gov-red bg-slate-50 px-4 py-3 text-[15px] leading-7" lang="zh-CN" data-testid="measure-quote">
              {m.quote}
            </blockquote>
            <p className="text-sm"><Link href={`/policy#clause-${m.clause}`} className="tap">{t("readClause", { n: m.clause })}</Link></p>
          </section>

          <section aria-labelledby="facts" className="card space-y-3">
            <h2 id="facts" className="text-lg font-semibold">{t("facts")}</h2>
            <p className="text-sm text-slate-700">{t("factsHelp")}</p>
            <ol className="space-y-2 text-sm">
              {m.fields.map((f, i) => (
                <li key={f.name} className="flex gap-3 rounded-md border border-slate-200 px-3 py-2">
                  <span aria-hidden className="grid h-5 w-5 shrink-0 place-items-center rounded-full bg-brand-50 text-xs text-brand-700">{i + 1}</span>
                  <div>
                    <p className="font-medium text-slate-900">{L(f)}</p>
                    {f.help && <p className="text-slate-600">{L(f.help)}</p>}
                    {options(f, L) && <p className="text-slate-600">{t("options", { options: options(f, L)! })}</p>}
                  </div>
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="documents" className="card space-y-3">
            <h2 id="documents" className="text-lg font-semibold">{t("documents")}</h2>
            {m.documents.length === 0 ? (
              <p className="text-sm text-slate-700">{t("noDocuments")}</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {m.documents.map((d) => <li key={d.key}>{L(d)}</li>)}
              </ul>
            )}
          </section>
        </div>

      </div>
    </article>
  );
}

/** the choices of an enum or multi-choice field, in the page's language */
function options(f: FieldSpec, L: (l: { zh: string; en: string }) => string): string | null {
  if (f.kind !== "enum" && f.kind !== "multi") return null;
  return f.values.map((v) => L(f.labels[v])).join(" / ");
}

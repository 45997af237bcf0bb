import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CLAUSES_EN, HEADINGS_EN, NO_APPLICATION_CLAUSES, RESPONSIBLE_EN } from "@/lib/policy-clauses-en";
import { loadPolicy, type PolicyClause } from "@/lib/policy-text";
import { awardSummary, measuresOfClause } from "../measures/measure-catalog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy.text"))("title") };
}

export default async function PolicyPage() {
  const [t, locale] = await Promise.all([getTranslations("policy.text"), getLocale()]);
  const doc = loadPolicy();
  const en = locale === "en";
  const heading = (zh: string) => (en && HEADINGS_EN[zh] ? HEADINGS_EN[zh] : zh);
  const tasks = doc.parts.filter((p) => p.sections.length > 0);

  return (
    <div className="space-y-8">
      <header id="top" className="space-y-3">
        <h1 className="page-title">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("lead")}</p>
        <div className="card space-y-1" lang="zh-CN">
          <p className="text-lg font-semibold text-slate-900">{doc.title}</p>
          <p className="text-sm text-slate-700">{doc.docNo}</p>
          <p className="text-sm text-slate-600" lang={en ? "en" : "zh-CN"}>{t("validity")}</p>
        </div>
      </header>

      <nav aria-labelledby="toc-title" className="card">
        <h2 id="toc-title" className="mb-3 text-lg font-semibold">{t("contents")}</h2>
        <ol className="grid gap-x-8 gap-y-4 md:grid-cols-2">
          {tasks.flatMap((p) => p.sections).map((s) => (
            <li key={s.heading}>
              <p className="text-sm font-semibold text-slate-800">{heading(s.heading)}</p>
              <ol className="mt-1 space-y-0.5 text-sm">
                {s.clauses.map((c) => (
                  <li key={c.number}>
                    <a href={`#clause-${c.number}`} className="tap">
                      {c.number}. {en ? CLAUSES_EN[c.number].title : c.heading}
                    </a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </nav>

      <section className="card space-y-2 text-[15px] leading-7" lang="zh-CN">
        <p>{doc.addressee}</p>
        <p className="indent-8">{doc.preamble}</p>
      </section>

      {doc.parts.map((part, i) => (
        <section key={part.heading} aria-labelledby={`part-${i + 1}`} className="space-y-4">
          <h2 id={`part-${i + 1}`} className="border-l-4 border-gov-red pl-3 text-xl font-semibold">
            {heading(part.heading)}
          </h2>
          {part.paragraphs.length > 0 && (
            <div className="card space-y-3 text-[15px] leading-7" lang="zh-CN">
              {part.paragraphs.map((p) => <p key={p.slice(0, 20)} className="indent-8">{p}</p>)}
            </div>
          )}
          {part.sections.map((s) => (
            <section key={s.heading} aria-label={heading(s.heading)} className="space-y-4">
              {s.heading && (
                <h3 className="text-lg font-semibold text-brand-800">
                  {heading(s.heading)}
                  {en && <span className="ml-2 text-sm font-normal text-slate-600" lang="zh-CN">{s.heading}</span>}
                </h3>
              )}
              {s.clauses.map((c) => <ClauseCard key={c.number} clause={c} en={en} />)}
            </section>
          ))}
        </section>
      ))}

      <section className="card space-y-1 text-[15px] leading-7" lang="zh-CN">
        {doc.closing.map((l, i) => <p key={l} className={i === 0 ? "indent-8" : "text-right"}>{l}</p>)}
      </section>
    </div>
  );
}

async function ClauseCard({ clause: c, en }: { clause: PolicyClause; en: boolean }) {
  const [t, tp] = await Promise.all([getTranslations("policy.text"), getTranslations("policy")]);
  const measures = measuresOfClause(c.number);
  const noApplication = NO_APPLICATION_CLAUSES.includes(c.number);
  const summary = CLAUSES_EN[c.number];
  return (
    <article id={`clause-${c.number}`} aria-labelledby={`clause-${c.number}-title`} className="card scroll-mt-4 space-y-3" data-testid={`clause-${c.number}`}>
      <h4 id={`clause-${c.number}-title`} className="text-base font-semibold">
        {en ? (
          <>
            {t("clauseTitle", { n: c.number, heading: summary.title })}
            <span className="mt-0.5 block text-sm font-normal text-slate-600" lang="zh-CN">{c.heading}</span>
          </>
        ) : (
          t("clauseTitle", { n: c.number, heading: c.heading })
        )}
      </h4>
      {en && <p className="text-sm text-slate-800">{summary.summary}</p>}
      <p className="text-[15px] leading-7 text-slate-900" lang="zh-CN">{c.body}</p>
      {c.responsible.length > 0 && (
        <p className="text-xs text-slate-600" data-testid="responsible">
          {t("responsible")}
          {en
            ? c.responsible.map((u, i) => <span key={u}>{i > 0 && ", "}{RESPONSIBLE_EN[u] ?? <span lang="zh-CN">{u}</span>}</span>)
            : <span lang="zh-CN">{c.responsible.join("、")}</span>}
        </p>
      )}
      {!en && (
        <details className="rounded-md bg-slate-50 px-3 py-2 text-sm">
          <summary className="cursor-pointer py-1 text-slate-700">{t("englishSummary")}</summary>
          <p className="mt-2 text-slate-800" lang="en">{summary.summary}</p>
        </details>
      )}
      <div className="border-t border-slate-100 pt-3">
        {noApplication ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="no-application">{t("noApplication")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm font-medium text-slate-800">{t("measures", { count: measures.length })}</p>
            <ul className="grid gap-2 sm:grid-cols-2">
              {measures.map((m) => (
                <li key={m.id} className="rounded-md border border-slate-200 px-3 py-2 text-sm">
                  <Link href={`/measures/${m.id}`} className="tap font-medium">{en ? m.title.en : m.title.zh}</Link>
                  <span className="block text-xs text-slate-600" data-testid="award-summary">{awardSummary(m, en ? "en" : "zh", tp)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="text-right text-xs"><a href="#top" className="tap">{t("backToTop")}</a></p>
    </article>
  );
}

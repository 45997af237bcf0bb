import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { FactProblem } from "@/lib/cases/draft-facts";
import type { FieldSpec } from "@/rules/core/fields";
import { formatFact } from "@/lib/format-fact";

/**
 * Every answer of a case (subject first) as label and value; with `changeHref`, a change link per
 * answer (check-your-answers), with `problems`, what is wrong next to it.
 */
export async function AnswerList({ fields, subject, facts, changeHref, problems = {}, derivedFrom = {} }: {
  fields: readonly FieldSpec[];
  subject: string;
  facts: unknown;
  changeHref?: string;
  problems?: Record<string, FactProblem>;
  /** a fact the form does not ask -> the answer it follows from (its change link goes there) */
  derivedFrom?: Record<string, string>;
}) {
  const [t, tf, locale] = await Promise.all([getTranslations("cases.answers"), getTranslations("cases.form"), getLocale()]);
  const en = locale === "en";
  const f = (facts && typeof facts === "object" ? facts : {}) as Record<string, unknown>;
  const rows = [
    { name: "subject", label: tf("subject"), value: subject.trim() || null, anchor: "subject" },
    ...fields.map((s) => ({ name: s.name, label: en ? s.en : s.zh, value: formatFact(s, f[s.name], en ? "en" : "zh"), anchor: `f-${derivedFrom[s.name] ?? s.name}` })),
  ];
  return (
    <dl className="divide-y divide-slate-200" data-testid="answers">
      {rows.map((r) => {
        const p = problems[r.name] ?? (r.value === null ? { code: "required" as const } : undefined);
        const spec = fields.find((s) => s.name === r.name);
        return (
          <div key={r.name} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto]" data-answer={r.name}>
            <dt className="text-sm font-medium text-slate-700">{r.label}</dt>
            <dd className="col-span-2 row-start-2 break-words text-sm text-slate-900 sm:col-span-1 sm:col-start-2 sm:row-start-1">
              {r.value ?? <span className="text-slate-500">{t("empty")}</span>}
              {p && changeHref && (
                <span className="field-error block" data-testid="answer-problem">
                  {p.message
                    ? (en ? p.message.en : p.message.zh)
                    : tf(`errors.${p.code === "required" && r.name === "subject" ? "subject_required" : p.code}` as "errors.required", spec?.kind === "int" ? { min: spec.min, max: spec.max } : {})}
                </span>
              )}
            </dd>
            {changeHref && (
              <dd className="col-start-2 row-start-1 text-right text-sm sm:col-start-3">
                <Link href={`${changeHref}#${r.anchor}`}>{t("change")}<span className="sr-only"> {r.label}</span></Link>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import { awardSummary, findMeasure, hasFixedMax } from "../measures/measure-catalog";
import type { MatchResult, MatchStatus } from "./calculator-match";

const GROUPS = [
  { status: "likely", title: "likely", help: "likelyHelp", tone: "border-l-green-600" },
  { status: "needs_facts", title: "needsFacts", help: "needsHelp", tone: "border-l-amber-500" },
  { status: "not_eligible", title: "notEligible", help: "notHelp", tone: "border-l-slate-400" },
] as const satisfies readonly { status: MatchStatus; title: string; help: string; tone: string }[];

export function CalculatorResults({ rows }: { rows: MatchResult[] }) {
  const t = useTranslations("policy.calc");
  const by = (s: MatchStatus) => rows.filter((r) => r.status === s);

  return (
    <section id="results" tabIndex={-1} aria-labelledby="results-title" className="space-y-6 focus:outline-none" data-testid="calc-results">
      <div>
        <h2 id="results-title" className="text-xl font-semibold">{t("results")}</h2>
        <p className="mt-1 text-sm text-slate-700" role="status">
          {t("resultsLead", { likely: by("likely").length, needs: by("needs_facts").length, not: by("not_eligible").length })}
        </p>
      </div>
      {GROUPS.map((g) => {
        const list = by(g.status);
        const heading = t("groupTitle", { group: t(g.title), count: list.length });
        const body = list.length === 0
          ? <p className="text-sm text-slate-600">{t("none")}</p>
          : <ul className={g.status === "likely" ? "space-y-3" : "grid gap-3 lg:grid-cols-2"}>{list.map((r) => <ResultCard key={r.measure} row={r} tone={g.tone} />)}</ul>;
        // the long "not eligible" list is folded away; the other two are open
        return g.status === "not_eligible" ? (
          <details key={g.status} className="group" data-testid={`group-${g.status}`}>
            <summary className="cursor-pointer">
              <h3 className="inline text-lg font-semibold">{heading}</h3>
              <span className="help block">{t(g.help)}</span>
            </summary>
            <div className="mt-3">{body}</div>
          </details>
        ) : (
          <section key={g.status} aria-labelledby={`group-${g.status}-title`} className="space-y-3" data-testid={`group-${g.status}`}>
            <div>
              <h3 id={`group-${g.status}-title`} className="text-lg font-semibold">{heading}</h3>
              <p className="help">{t(g.help)}</p>
            </div>
            {body}
          </section>
        );
      })}
      <p className="text-xs text-slate-600">{t("disclaimer")}</p>
    </section>
  );
}

function ResultCard({ row, tone }: { row: MatchResult; tone: string }) {
  const t = useTranslations("policy.calc");
  const tp = useTranslations("policy");
  const locale = useLocale();
  const en = locale === "en";
  // a "likely" card shows every check; the others only what is missing or failing
  const reasons = row.status === "likely" ? row.reasons : row.reasons.filter((r) => !r.ok);
  const amount =
    row.status === "likely" && row.estimatedCeilingFen ? t("estimate", { amount: formatMoney(row.estimatedCeilingFen, locale) })
    : row.status === "needs_facts" ? (hasFixedMax(row.maxFen) ? awardSummary(findMeasure(row.measure) ?? row, locale, tp) : t("noEstimate"))
    : null;
  return (
    <li className={`card border-l-4 ${tone} space-y-2 p-4`} data-testid={`result-${row.measure}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h4 className="font-semibold">
          <Link href={`/measures/${row.measure}`} className="tap">{en ? row.title.en : row.title.zh}</Link>
        </h4>
        <Link href={`/policy#clause-${row.clause}`} className="tap text-sm">{tp("clauseN", { n: row.clause })}</Link>
      </div>
      {amount && <p className="text-sm font-medium text-slate-900" data-testid="estimate">{amount}</p>}
      <ul className="space-y-0.5 text-sm text-slate-700">
        {reasons.map((r, i) => (
          <li key={`${r.code}-${i}`} className="flex gap-2">
            <span aria-hidden className={r.ok ? "text-green-700" : r.code === "needs_facts" ? "text-amber-600" : "text-gov-red"}>
              {r.ok ? "✓" : r.code === "needs_facts" ? "?" : "✗"}
            </span>
            <span>
              {r.code !== "needs_facts" && <span className="sr-only">{r.ok ? t("met") : t("notMet")}</span>}
              {en ? r.en : r.zh}
            </span>
          </li>
        ))}
      </ul>
      <p className="flex flex-wrap gap-3 pt-1 text-sm">
        <Link href={`/measures/${row.measure}`} className="btn-secondary py-1">{t("view")}</Link>
        <Link href={`/applicant/apply/${row.measure}`} className={row.status === "not_eligible" ? "btn-secondary py-1" : "btn-primary py-1"}>{t("apply")}</Link>
      </p>
    </li>
  );
}

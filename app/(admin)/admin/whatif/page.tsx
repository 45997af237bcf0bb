import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { StatusBadge } from "@/components/cases/status-badge";
import { defaultRoundId, roundChoices } from "@/lib/admin/dashboard";
import { lprTable } from "@/lib/admin/lpr";
import { GRADED_MEASURES } from "@/lib/admin/round-schema";
import { roundWithMeasures } from "@/lib/admin/rounds";
import { changedPage, previewWhatIf } from "@/lib/admin/whatif-apply";
import { changeFromQuery, changeToQuery } from "@/lib/admin/whatif-schema";
import { guardPage } from "@/lib/auth/guard-page";
import { impossibleId } from "@/lib/cases/access";
import { formatCompact, formatYuan } from "@/lib/money";
import { engine } from "@/rules";
import { GRADE_LABELS } from "@/rules/core/fields";
import { GRADES, type Grade } from "@/rules/core/types";
import { Pager } from "../_components/pager";
import { RoundPicker } from "../_components/round-picker";
import { ApplyButton } from "./apply-button";
import { AdminHeader } from "../_components/admin-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.whatif"))("title") };
}

type Query = Record<string, string | string[] | undefined>;

export default async function WhatIfPage({ searchParams }: { searchParams: Promise<Query> }) {
  const user = await guardPage("/admin/whatif", "admin");
  const q = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("admin.whatif"), getLocale()]);
  const en = locale === "en";
  const rounds = await roundChoices(user);
  const roundId = (typeof q.round === "string" && !impossibleId(q.round) ? q.round : null) ?? (await defaultRoundId());
  const round = roundId ? await roundWithMeasures(user, roundId) : null;
  if (!round) {
    return (
      <div className="space-y-6">
        <h1 className="page-title">{t("title")}</h1>
        <EmptyState title={t("noRound")} />
      </div>
    );
  }
  const stored = (round.params ?? {}) as { eligibleGrades?: Record<string, Grade[]>; blacklistCheck?: boolean };
  const inRound = new Set(round.measures.map((m) => m.measureId));
  const graded = GRADED_MEASURES.filter((m) => inRound.has(m.id)).map((m) => ({ ...m, current: stored.eligibleGrades?.[m.id] ?? m.defaultGrades }));
  const ran = q.run === "1";
  const change = ran ? changeFromQuery(q) : {};
  const lpr = await lprTable(user);
  const lastLpr = lpr.entries[lpr.entries.length - 1];
  const result = ran ? await previewWhatIf(user, round.id, change) : null;
  const page = result ? await changedPage(result, Number(q.page) || 1) : null;
  const gradeName = (g: string) => (en ? GRADE_LABELS[g]?.en : GRADE_LABELS[g]?.zh) ?? g;
  const measureName = (id: string) => {
    const m = engine.measures.get(id);
    return m ? (en ? m.title.en : m.title.zh) : id;
  };
  const outcome = (o: { eligible: boolean; ceilingFen: number }) => (o.eligible ? formatYuan(o.ceilingFen) : t("ineligible"));
  const blChoice = ran ? (change.blacklistCheck === undefined ? "" : change.blacklistCheck ? "on" : "off") : "";
  const query = changeToQuery(round.id, change);

  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} lead={t("lead")} />
      <RoundPicker rounds={rounds} current={round.id} action="/admin/whatif" />

      <form method="get" action="/admin/whatif" className="card space-y-5" aria-labelledby="params-title" data-testid="whatif-form">
        <h2 id="params-title" className="text-base font-semibold">{t("params")}</h2>
        <input type="hidden" name="round" value={round.id} />
        <input type="hidden" name="run" value="1" />
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-800">{t("grades")}</legend>
          {graded.length === 0 && <p className="text-sm text-slate-600">{t("noGraded")}</p>}
          {graded.map((m) => {
            const picked = ran && change.eligibleGrades?.[m.id] ? change.eligibleGrades[m.id]! : m.current;
            return (
              <fieldset key={m.id} className="rounded-md border border-slate-200 px-3 py-2">
                <legend className="px-1 text-sm font-medium">{measureName(m.id)} <span className="hidden font-mono text-xs font-normal text-slate-500 sm:inline">{m.id}</span></legend>
                <input type="hidden" name="gm" value={m.id} />
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {GRADES.map((g) => (
                    <label key={g} className="flex items-center gap-1.5 text-sm">
                      <input type="checkbox" name={`g.${m.id}`} value={g} defaultChecked={picked.includes(g)} className="h-4 w-4" />
                      {gradeName(g)}
                    </label>
                  ))}
                </div>
                <p className="help">{t("currentGrades", { grades: m.current.map(gradeName).join("、") || "—" })}</p>
              </fieldset>
            );
          })}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">{t("blacklist")}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {(["", "on", "off"] as const).map((v) => (
              <label key={v} className="flex items-center gap-1.5">
                <input type="radio" name="bl" value={v} defaultChecked={blChoice === v} className="h-4 w-4" />
                {v === "" ? t("blUnchanged", { current: stored.blacklistCheck === false ? t("blOff") : t("blOn") }) : v === "on" ? t("blOn") : t("blOff")}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">{t("lpr")}</legend>
          <p className="help">{t("lprHelp", { month: lastLpr?.month ?? "—", bp: lastLpr?.bp ?? "—", known: lpr.knownThrough })}</p>
          <div className="grid gap-3 sm:grid-cols-[12rem_12rem]">
            <div>
              <label htmlFor="lprMonth" className="label">{t("lprMonth")}</label>
              <input id="lprMonth" name="lprMonth" type="month" className="input" defaultValue={change.lpr?.month ?? ""} />
            </div>
            <div>
              <label htmlFor="lprBp" className="label">{t("lprBp")}</label>
              <input id="lprBp" name="lprBp" type="number" inputMode="numeric" min={1} max={2000} className="input" defaultValue={change.lpr?.bp ?? ""} />
            </div>
          </div>
        </fieldset>
        <button type="submit" className="btn-primary w-full sm:w-auto">{t("run")}</button>
      </form>

      {result && page && (
        <section aria-labelledby="results-title" className="space-y-4" data-testid="whatif-results">
          <h2 id="results-title" className="text-lg font-semibold">{t("results")}</h2>
          <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <li className="card p-4" data-testid="whatif-cases">
              <p className="text-xs text-slate-600">{t("cases")}</p>
              <p className="mt-1 text-2xl font-semibold tabular-nums">{result.cases.toLocaleString()}</p>
              <p className="mt-1 text-xs text-slate-600">{t("elapsed", { s: (result.elapsedMs / 1000).toFixed(2) })}</p>
            </li>
            <li className="card p-4" data-testid="whatif-changed">
              <p className="text-xs text-slate-600">{t("changed")}</p>
              <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid="changed-count">{result.changedCases.toLocaleString()}</p>
              <p className="mt-1 text-xs text-slate-600">{t("changedDetail", { lost: result.becameIneligible, gained: result.becameEligible, ceiling: result.ceilingChanged })}</p>
            </li>
            <li className="card p-4" data-testid="whatif-delta">
              <p className="text-xs text-slate-600">{t("delta")}</p>
              <p className={`mt-1 text-xl font-semibold tabular-nums sm:text-2xl ${result.deltaFen < 0 ? "text-gov-red" : result.deltaFen > 0 ? "text-green-800" : ""}`}>{result.deltaFen > 0 ? "+" : ""}{formatCompact(result.deltaFen, locale)}</p>
              <p className="mt-1 break-all text-xs text-slate-600">{result.deltaFen > 0 ? "+" : ""}{formatYuan(result.deltaFen)}</p>
              <p className="text-xs text-slate-600">{formatCompact(result.beforeFen, locale)} → {formatCompact(result.afterFen, locale)}</p>
            </li>
            <li className="card p-4" data-testid="whatif-open">
              <p className="text-xs text-slate-600">{t("openAffected")}</p>
              <p className="mt-1 text-2xl font-semibold tabular-nums">{result.openAffectedIds.length.toLocaleString()}</p>
              <p className="mt-1 text-xs text-slate-600">{t("openHelp")}</p>
            </li>
          </ul>

          {result.changedCases > 0 ? (
            <div className="card overflow-hidden p-0">
              <div className="overflow-x-auto">
                <table className="w-full text-sm max-sm:block" data-testid="changed-cases">
                  <caption className="px-4 py-3 text-left text-base font-semibold max-sm:block">{t("changedCases")}</caption>
                  <thead className="bg-slate-50 text-slate-600 max-sm:hidden">
                    <tr>
                      <th scope="col" className="px-3 py-2 text-left font-medium">{t("col.caseNo")}</th>
                      <th scope="col" className="px-3 py-2 text-left font-medium">{t("col.org")}</th>
                      <th scope="col" className="px-3 py-2 text-left font-medium">{t("col.status")}</th>
                      <th scope="col" className="px-3 py-2 text-right font-medium">{t("col.before")}</th>
                      <th scope="col" className="px-3 py-2 text-right font-medium">{t("col.after")}</th>
                      <th scope="col" className="px-3 py-2 text-left font-medium">{t("col.reason")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100 max-sm:block">
                    {page.rows.map((c) => (
                      <tr key={c.id} data-testid="changed-case" className="max-sm:block max-sm:px-4 max-sm:py-3">
                        <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal max-sm:block max-sm:p-0">
                          <span className="font-mono text-xs">{c.caseNo ?? c.id}</span>
                          <span className="block text-xs text-slate-600">{measureName(c.measureId)}</span>
                        </th>
                        <td className="min-w-40 px-3 py-2 max-sm:block max-sm:p-0 max-sm:font-medium">{c.organisationName}</td>
                        <td className="px-3 py-2 max-sm:block max-sm:p-0"><StatusBadge status={c.status} locale={locale} audience="staff" /></td>
                        <td data-label={t("col.before")} className="whitespace-nowrap px-3 py-2 text-right tabular-nums max-sm:block max-sm:px-0 max-sm:py-0.5 max-sm:text-left max-sm:before:mr-1 max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]">{outcome(c.before)}</td>
                        <td data-label={t("col.after")} className={`whitespace-nowrap px-3 py-2 text-right tabular-nums max-sm:block max-sm:px-0 max-sm:py-0.5 max-sm:text-left max-sm:before:mr-1 max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)] ${c.after.ceilingFen < c.before.ceilingFen ? "text-gov-red" : "text-green-800"}`}>{outcome(c.after)}</td>
                        <td className="min-w-64 px-3 py-2 text-xs text-slate-700 max-sm:block max-sm:min-w-0 max-sm:p-0 max-sm:pt-1">{c.reason ? (c.after.eligible && !c.before.eligible ? t("wasReason", { reason: en ? c.reason.en : c.reason.zh }) : en ? c.reason.en : c.reason.zh) : ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="px-4 pb-3">
                <Pager page={page.page} pages={page.pages} href={(p) => `/admin/whatif?${query}&page=${p}`} />
              </div>
            </div>
          ) : <EmptyState title={t("noChange")} />}

          <section className="card space-y-2" aria-labelledby="apply-title">
            <h2 id="apply-title" className="text-base font-semibold">{t("applyTitle")}</h2>
            <p className="text-sm text-slate-700">{t("applyHelp")}</p>
            {Object.keys(change).length > 0
              ? <ApplyButton roundId={round.id} change={change} roundUpdatedAt={round.updatedAt.toISOString()} changed={result.changedCases} open={result.openAffectedIds.length} lpr={!!change.lpr} />
              : <p className="text-sm text-slate-600">{t("nothingToApply")}</p>}
            <p className="text-xs text-slate-600"><Link href={`/admin/rounds/${round.id}`}>{t("toRound")}</Link></p>
          </section>
        </section>
      )}
    </div>
  );
}

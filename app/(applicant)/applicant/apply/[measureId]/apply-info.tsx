import { getLocale, getTranslations } from "next-intl/server";
import type { MeasureDef } from "@/rules";
import { POLICY_END, POLICY_START } from "@/rules/core/policy";
import { formatDateTime, formatDay } from "@/lib/format-date";

// The apply page's 一次性告知: who may apply, the conditions, the documents with their templates and
// the time limits, all before the form starts. (The bureau's contact is components/bureau-contact.)

type Round = { name: string; opensAt: Date; closesAt: Date; noticeDays: number; fixWorkingDays: number; reviewLimitDays: number; confirmLimitDays: number };

/** Yes or no, with the reason: the measure's organisation types against the applicant's. */
export async function AdmittedNote({ m, orgType, admitted, types, yours }: { m: MeasureDef; orgType: string; admitted: boolean; types: string; yours: string }) {
  const t = await getTranslations("cases.apply");
  return (
    <section
      aria-labelledby="admitted-title" data-testid="admitted" data-admitted={admitted ? "yes" : "no"} data-org-type={orgType}
      className={`space-y-1 rounded-lg border px-4 py-3 text-sm ${admitted ? "border-emerald-300 bg-emerald-50 text-emerald-950" : "border-amber-300 bg-amber-50 text-amber-950"}`}
    >
      <h2 id="admitted-title" className="text-base font-semibold">
        <span aria-hidden className="mr-1.5">{admitted ? "✓" : "✕"}</span>{t("admittedTitle")}
      </h2>
      <p>{admitted ? t("admittedYes", { yours, types }) : t("admittedNo", { yours, types, n: m.clause })}</p>
    </section>
  );
}

/** The clause quoted, who may apply, the general conditions and the answers the form will ask. */
export async function Conditions({ m, types, en }: { m: MeasureDef; types: string; en: boolean }) {
  const t = await getTranslations("cases.apply");
  const asked = m.fields.filter((f) => !m.derived || !(f.name in m.derived));
  const label = (name: string) => { const f = m.fields.find((x) => x.name === name); return f ? (en ? f.en : f.zh) : name; };
  return (
    <section className="card space-y-3 text-sm" aria-labelledby="conditions-title" data-testid="conditions">
      <h2 id="conditions-title" className="text-base font-semibold">{t("conditions")}</h2>
      <blockquote className="border-l-4 border-brand-100 pl-3 text-slate-800" lang="zh-CN" data-testid="apply-quote">{m.quote}</blockquote>
      <p className="text-slate-700">{t("whoMayApply", { types })}</p>
      <p className="text-slate-700">{t("generalConditions", { from: formatDay(POLICY_START, en ? "en" : "zh"), to: formatDay(POLICY_END, en ? "en" : "zh") })}</p>
      <details className="group">
        <summary className="inline-flex min-h-6 cursor-pointer items-center font-medium text-brand-700">{t("askedTitle", { n: asked.length })}</summary>
        <ul className="mt-2 list-inside list-disc space-y-0.5 text-slate-800" data-testid="asked-facts">
          {asked.map((f) => <li key={f.name}>{en ? f.en : f.zh}</li>)}
          {Object.entries(m.derived ?? {}).map(([name, d]) => (
            <li key={name} className="text-slate-600">{label(name)}{t("derivedNote", { from: label(d!.from[0]) })}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Every document slot, required, with a download of its template where the applicant writes it. */
export async function Materials({ m, en, maxMb }: { m: MeasureDef; en: boolean; maxMb: number }) {
  const t = await getTranslations("cases.apply");
  return (
    <section className="card space-y-3 text-sm" aria-labelledby="materials-title" data-testid="materials">
      <h2 id="materials-title" className="text-base font-semibold">{t("materialsTitle")}</h2>
      <p className="help mt-0">{t("materialsNote", { maxMb })}</p>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {m.documents.map((d) => (
          <li key={d.key} className="space-y-1 px-3 py-2" data-document={d.key}>
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium text-slate-900">{en ? d.en : d.zh}</span>
              <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{t("required")}</span>
            </p>
            {d.template ? (
              <a
                href={`/templates/${d.template.file}`} download={`${d.template.label.zh}.${d.template.file.split(".").pop()}`}
                className="inline-flex min-h-6 items-center gap-1" data-testid="template-link"
              >
                <span aria-hidden>⤓</span>
                {t("template", { name: en ? d.template.label.en : d.template.label.zh })}
                <span className="text-xs text-slate-600">{t("templateKind", { kind: d.template.file.endsWith(".pdf") ? "PDF" : "Excel" })}</span>
              </a>
            ) : (
              <p className="text-xs text-slate-600">{t("noTemplate")}</p>
            )}
          </li>
        ))}
      </ul>
      <p className="text-slate-700">{t("formGenerated")}</p>
    </section>
  );
}

/** The round's window and each stage's time limit, in working days. */
export async function TimeLimits({ round, upcoming, bureau }: { round: Round | null; upcoming: boolean; bureau: string }) {
  const [t, locale] = await Promise.all([getTranslations("cases.apply"), getLocale()]);
  const when = (d: Date) => formatDateTime(d, locale);
  return (
    <section className="card space-y-2 text-sm" aria-labelledby="time-title" data-testid="time-limits">
      <h2 id="time-title" className="text-base font-semibold">{t("timeTitle")}</h2>
      {round ? (
        <>
          <p className="font-medium text-slate-900" data-testid="round-window">
            {t(upcoming ? "roundUpcoming" : "roundWindow", { name: round.name, opens: when(round.opensAt), closes: when(round.closesAt) })}
          </p>
          <ol className="list-inside list-decimal space-y-0.5 text-slate-800" data-testid="stage-limits">
            <li>{t("stageReview", { days: round.reviewLimitDays, bureau })}</li>
            <li>{t("stageConfirm", { days: round.confirmLimitDays })}</li>
            <li>{t("stageNotice", { days: round.noticeDays })}</li>
            <li>{t("stagePay")}</li>
          </ol>
          <p className="text-slate-700">{t("stageFix", { days: round.fixWorkingDays })}</p>
          <p className="help mt-0">{t("workingDays")}</p>
        </>
      ) : (
        <>
          <p className="text-slate-700">{t("noRound")}</p>
          <p className="text-slate-700">{t("stagesOnRound")}</p>
        </>
      )}
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { BureauContact } from "@/components/bureau-contact";
import type { BureauContactInfo } from "@/lib/bureaus/contact-schema";
import type { StageAhead } from "@/lib/cases/stages-ahead";
import { formatDate } from "@/lib/format-date";

/** 后续环节: the stages still ahead, each with its time limit and date, and whom to ask. */
export async function StagesAhead({ stages, status, bureau, locale }: { stages: StageAhead[]; status: string; bureau: BureauContactInfo | null; locale: string }) {
  const t = await getTranslations("nextSteps.stages");
  const en = locale === "en";
  const date = (d: Date) => formatDate(d, locale);
  const bureauName = bureau ? (en ? bureau.nameEn : bureau.nameZh) : "—";
  return (
    <section className="card space-y-3" aria-labelledby="stages-title" data-testid="stages-ahead">
      <h2 id="stages-title" className="text-base font-semibold">{t("title")}</h2>
      {stages.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="stages-none">{t.has(`none.${status}`) ? t(`none.${status}`) : t("none.other")}</p>
      ) : (
        <>
          <p className="help">{t("lead")}</p>
          <ol className="space-y-2">
            {stages.map((s, i) => (
              <li key={s.key} data-testid="stage" data-stage={s.key} aria-current={s.current ? "step" : undefined}
                className={`rounded-md border px-3 py-2 ${s.current ? "border-brand-600/40 bg-brand-50" : "border-slate-200"}`}>
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium">
                  <span className="tabular-nums text-slate-600">{i + 1}.</span>
                  <span>{t(`name.${s.key}`)}</span>
                  {s.current && <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">{t("current")}</span>}
                </p>
                <p className="mt-0.5 text-sm text-slate-700">{t(`what.${s.key}`, { bureau: bureauName })}</p>
                <p className="mt-0.5 text-sm text-slate-800" data-testid="stage-limit">
                  {s.limitDays !== null ? t("limit", { n: s.limitDays }) : t(`noLimit.${s.key === "submit" ? "submit" : "other"}`)}
                  {s.dueAt ? <> · <span data-testid="stage-due">{t(s.current && (s.key === "submit" || s.key === "fix" || s.key === "notice") ? "dueFixed" : "dueBy", { date: date(s.dueAt) })}</span></>
                    : s.limitDays !== null && !s.current ? <> · {t("fromSubmission")}</> : null}
                </p>
                {s.current && s.daysLeft !== null && <p className="mt-0.5 text-sm font-medium text-brand-800" data-testid="stage-left">{t("left", { n: s.daysLeft })}</p>}
                {s.overdue && <p className="mt-0.5 text-sm font-medium text-amber-900" data-testid="stage-overdue">{t(s.key === "fix" ? "overdueFix" : "overdue")}</p>}
                {s.current && s.key === "notice" && !s.dueAt && <p className="mt-0.5 text-sm text-slate-700">{t("objected")}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
      {bureau && (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="stages-contact">
          <p className="mb-1 text-xs text-slate-600">{t("contact")}</p>
          <BureauContact bureau={bureau} locale={locale} compact />
        </div>
      )}
    </section>
  );
}

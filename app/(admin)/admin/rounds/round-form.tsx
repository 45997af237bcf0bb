"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { GRADED_MEASURES, measuresByClause, roundSchema, type RoundInput } from "@/lib/admin/round-schema";
import { formatYuan, parseYuan } from "@/lib/money";
import { GRADE_LABELS } from "@/rules/core/fields";
import { GRADES } from "@/rules/core/types";
import { useErrorText } from "@/components/use-error-text";
import { createRoundAction, updateRoundAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

const GROUPS = measuresByClause();
const GRADED = new Set(GRADED_MEASURES.map((m) => m.id));

export function RoundForm({ roundId, defaults, cases = 0 }: { roundId?: string; defaults: RoundInput; cases?: number }) {
  const t = useTranslations("admin.roundForm");
  const errText = useErrorText("admin");
  const locale = useLocale();
  const router = useRouter();
  const [alert, setAlert] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const { register, handleSubmit, setError, control, formState: { errors, isSubmitting } } = useForm<RoundInput>({
    resolver: zodResolver(roundSchema),
    defaultValues: defaults,
    mode: "onBlur",
  });
  const [measureIds, budgets, totalBudget] = useWatch({ control, name: ["measureIds", "budgets", "totalBudget"] });
  const chosen = new Set(measureIds ?? []);
  const total = parseYuan(totalBudget ?? "");
  const sum = [...chosen].reduce((s, id) => s + (parseYuan(budgets?.[id] ?? "") ?? 0), 0);

  const err = (path: string): string | undefined => {
    const parts = path.split(".");
    let e: unknown = errors;
    for (const p of parts) e = (e as Record<string, unknown> | undefined)?.[p];
    return errText((e as { message?: string } | undefined)?.message);
  };

  const save = async (values: RoundInput, confirm: boolean) => {
    setAlert(null);
    const payload = { ...values, confirm };
    const res = roundId ? await updateRoundAction(roundId, payload) : await createRoundAction(payload);
    if (!res.ok) {
      if (res.error === "confirm_required") {
        setConfirming(Number(res.detail?.cases ?? cases));
        return;
      }
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) setError(k as keyof RoundInput, { message: v });
      setAlert({ text: errText(res.error, res.detail) ?? "", tone: "error" });
      return;
    }
    setConfirming(null);
    if (!roundId) {
      router.push(`/admin/rounds/${res.data.id}?created=1`);
      return;
    }
    setAlert({ text: t("saved"), tone: "success" });
    router.refresh();
  };
  const onSubmit = handleSubmit((v) => save(v, false));
  const onConfirm = handleSubmit((v) => save(v, true));

  const yuanInput = (name: "totalBudget" | `budgets.${string}`, label: string) => (
    <input id={name} inputMode="decimal" className="input tabular-nums" aria-invalid={!!err(name)} aria-label={label}
      aria-describedby={describedBy(name, false, err(name))} {...register(name)} />
  );

  return (
    <HydratedForm onSubmit={onSubmit} noValidate className="space-y-6" data-testid="round-form">
      <FormAlert message={alert?.text} tone={alert?.tone} />
      {roundId && cases > 0 && <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("hasCases", { count: cases })}</p>}

      <fieldset className="card grid gap-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">{t("basics")}</legend>
        <div className="sm:col-span-2">
          <Field id="name" label={t("name")} error={err("name")} required>
            <input id="name" className="input" aria-invalid={!!errors.name} aria-describedby={describedBy("name", false, errors.name)} {...register("name")} />
          </Field>
        </div>
        <Field id="year" label={t("year")} error={err("year")} required>
          <input id="year" type="number" inputMode="numeric" className="input" aria-invalid={!!errors.year} {...register("year", { valueAsNumber: true })} />
        </Field>
        <Field id="noticeDays" label={t("noticeDays")} help={t("noticeDaysHelp")} error={err("noticeDays")} required>
          <input id="noticeDays" type="number" inputMode="numeric" className="input" aria-invalid={!!errors.noticeDays}
            aria-describedby={describedBy("noticeDays", true, errors.noticeDays)} {...register("noticeDays", { valueAsNumber: true })} />
        </Field>
        <Field id="opensAt" label={t("opensAt")} help={t("windowHelp")} error={err("opensAt")} required>
          <input id="opensAt" type="datetime-local" className="input" aria-invalid={!!errors.opensAt}
            aria-describedby={describedBy("opensAt", true, errors.opensAt)} {...register("opensAt")} />
        </Field>
        <Field id="closesAt" label={t("closesAt")} help={t("windowHelp")} error={err("closesAt")} required>
          <input id="closesAt" type="datetime-local" className="input" aria-invalid={!!errors.closesAt}
            aria-describedby={describedBy("closesAt", true, errors.closesAt)} {...register("closesAt")} />
        </Field>
        <fieldset className="grid gap-4 sm:col-span-2 sm:grid-cols-3" aria-describedby="limits-help" data-testid="stage-limits">
          <legend className="text-sm font-semibold text-slate-900">{t("limits")}</legend>
          <p id="limits-help" className="help sm:col-span-3">{t("limitsHelp")}</p>
          {(["reviewLimitDays", "confirmLimitDays", "fixWorkingDays"] as const).map((k) => (
            <Field key={k} id={k} label={t(k)} help={t(`${k}Help`)} error={err(k)} required>
              <input id={k} type="number" inputMode="numeric" min={1} className="input" aria-invalid={!!errors[k]}
                aria-describedby={describedBy(k, true, errors[k])} {...register(k, { valueAsNumber: true })} />
            </Field>
          ))}
        </fieldset>
        <div className="flex items-start gap-2 sm:col-span-2">
          <input id="blacklistCheck" type="checkbox" className="mt-1 h-4 w-4" aria-describedby="blacklistCheck-help" {...register("blacklistCheck")} />
          <div>
            <label htmlFor="blacklistCheck" className="text-sm font-medium">{t("blacklistCheck")}</label>
            <p id="blacklistCheck-help" className="help">{t("blacklistHelp")}</p>
          </div>
        </div>
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="px-1 text-base font-semibold">{t("budgetSection")}</legend>
        <div className="max-w-sm">
          <Field id="totalBudget" label={t("totalBudget")} help={t("yuanHelp")} error={err("totalBudget")} required>
            {yuanInput("totalBudget", t("totalBudget"))}
          </Field>
        </div>
        <p className={`text-sm ${total !== null && sum > total ? "font-medium text-gov-red" : "text-slate-700"}`} data-testid="budget-sum" aria-live="polite">
          {t("budgetSum", { sum: formatYuan(sum), total: total === null ? "—" : formatYuan(total) })}
        </p>
      </fieldset>

      <fieldset className="card space-y-4" aria-describedby={err("measureIds") ? "measureIds-error" : "measureIds-help"}>
        <legend className="px-1 text-base font-semibold">{t("measures")}</legend>
        <p id="measureIds-help" className="help -mt-2">{t("measuresHelp")}</p>
        {err("measureIds") && <p id="measureIds-error" className="field-error" role="alert">{err("measureIds")}</p>}
        {GROUPS.map((g) => (
          <fieldset key={g.clause} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold text-slate-800">{t("clause", { clause: g.clause })}</legend>
            <ul className="divide-y divide-slate-100">
              {g.measures.map((m) => {
                const on = chosen.has(m.id);
                const title = locale === "en" ? m.en : m.zh;
                return (
                  <li key={m.id} className="py-2">
                    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                      <label className="flex min-w-0 items-start gap-2 text-sm">
                        <input type="checkbox" value={m.id} className="mt-0.5 h-4 w-4 shrink-0" {...register("measureIds")} />
                        <span className="min-w-0">
                          <span className="font-medium">{title}</span>
                          <span className="ml-2 hidden font-mono text-xs text-slate-500 sm:inline">{m.id}</span>
                        </span>
                      </label>
                      {on && (
                        <div className="flex items-center gap-2 sm:w-56 sm:shrink-0">
                          <label htmlFor={`budgets.${m.id}`} className="shrink-0 text-xs text-slate-600">{t("budget")}</label>
                          {yuanInput(`budgets.${m.id}`, `${title} ${t("budget")}`)}
                        </div>
                      )}
                    </div>
                    {on && err(`budgets.${m.id}`) && <p id={`budgets.${m.id}-error`} className="field-error text-right" role="alert">{err(`budgets.${m.id}`)}</p>}
                    {on && GRADED.has(m.id) && (
                      <fieldset className="mt-2 rounded bg-brand-50 px-3 py-2" aria-describedby={`grades-${m.id}-help`}>
                        <legend className="sr-only">{t("grades")}</legend>
                        <p className="text-xs font-medium text-slate-800">{t("grades")}</p>
                        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                          {GRADES.map((gr) => (
                            <label key={gr} className="flex items-center gap-1.5 text-sm">
                              <input type="checkbox" value={gr} className="h-4 w-4" {...register(`eligibleGrades.${m.id}`)} />
                              {locale === "en" ? GRADE_LABELS[gr].en : GRADE_LABELS[gr].zh}
                            </label>
                          ))}
                        </div>
                        <p id={`grades-${m.id}-help`} className="help">{t("gradesHelp")}</p>
                        {err(`eligibleGrades.${m.id}`) && <p className="field-error" role="alert">{err(`eligibleGrades.${m.id}`)}</p>}
                      </fieldset>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </fieldset>

      {confirming !== null && (
        <div role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-body" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p id="confirm-title" className="font-semibold text-amber-900">{t("confirmTitle", { count: confirming })}</p>
          <p id="confirm-body" className="mt-1 text-sm text-amber-900">{t("confirmBody")}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className="btn-primary" disabled={isSubmitting} onClick={() => void onConfirm()}>{t("confirmSave")}</button>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(null)}>{t("cancel")}</button>
          </div>
        </div>
      )}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : roundId ? t("submitSave") : t("submitCreate")}
      </button>
    </HydratedForm>
  );
}

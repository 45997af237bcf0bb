"use client";
import "@/components/form/zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, type UseFormRegister } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { ORG_TYPES } from "@/rules";
import { PROFILE_QUALIFICATIONS } from "@/rules/matcher";
import { AMOUNTS, calculatorSchema, toSearchParams, type CalculatorInput } from "./calculator-schema";
import { runCalculator } from "./calculator-match";
import { CalculatorResults } from "./calculator-results";

/**
 * The questionnaire. The matcher (rules/, pure TypeScript) runs here in the browser: nothing is
 * sent anywhere. It is also a GET form, so before the script loads a submit still shows results;
 * for that the defaultValue / defaultChecked attributes repeat the form's defaults in the
 * server's HTML (react-hook-form sets them only once the script runs).
 */
export function CalculatorForm({ initial, submitted, prefilled, asOf }: {
  initial: CalculatorInput;
  /** the URL already carried answers: show their results at once */
  submitted: boolean;
  prefilled: boolean;
  /** today (YYYY-MM-DD, Beijing time) from the server; R&D figures are for the year before */
  asOf: string;
}) {
  const t = useTranslations("policy.calc");
  const to = useTranslations("orgTypes");
  const fiscalYear = Number(asOf.slice(0, 4)) - 1;
  const [answers, setAnswers] = useState<CalculatorInput | null>(submitted ? initial : null);
  const { register, handleSubmit, formState: { errors } } = useForm<CalculatorInput>({
    resolver: zodResolver(calculatorSchema),
    defaultValues: initial,
    mode: "onBlur",
  });

  const onSubmit = handleSubmit((values) => {
    setAnswers(values);
    window.history.replaceState(null, "", `?${toSearchParams(values).toString()}`);
    requestAnimationFrame(() => document.getElementById("results")?.focus());
  });

  return (
    <div className="space-y-8">
      <form method="get" action="/calculator" onSubmit={onSubmit} noValidate className="space-y-6" aria-labelledby="calc-form-title">
        <h2 id="calc-form-title" className="sr-only">{t("profile")}</h2>
        {prefilled && <p role="status" className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-800">{t("prefilled")}</p>}
        <fieldset className="card grid gap-4 sm:grid-cols-2">
          <legend className="px-1 text-base font-semibold">{t("profile")}</legend>
          <Field id="orgType" label={t("orgType")}>
            <select id="orgType" className="input" defaultValue={initial.orgType} {...register("orgType")}>
              {ORG_TYPES.map((o) => <option key={o} value={o}>{to(o)}</option>)}
            </select>
          </Field>
          <Check name="registeredInCity" label={t("inCity")} help={t("inCityHelp")} checked={initial.registeredInCity} register={register} />
          <fieldset className="sm:col-span-2" aria-describedby="qualifications-help">
            <legend className="label">{t("qualifications")}</legend>
            <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
              {PROFILE_QUALIFICATIONS.map((q) => (
                <label key={q} className="flex min-h-6 items-center gap-2 text-sm">
                  <input type="checkbox" value={q} className="h-4 w-4" defaultChecked={initial.qualifications.includes(q)} {...register("qualifications")} />
                  {t(`qual.${q}`)}
                </label>
              ))}
            </div>
            <p id="qualifications-help" className="help">{t("qualificationsHelp")}</p>
          </fieldset>
        </fieldset>

        <fieldset className="card" aria-describedby="figures-help">
          <legend className="px-1 text-base font-semibold">{t("figures")}</legend>
          <p id="figures-help" className="help">{t("figuresHelp")}</p>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            {AMOUNTS.map((a) => {
              const error = errors[a] ? t("yuanInvalid") : undefined;
              const help = a === "rndThisYear" ? t("rndHelp") : undefined;
              const year = a === "rndPrevYear" ? fiscalYear - 1 : fiscalYear;
              return (
                <Field key={a} id={a} label={t(`amount.${a}`, { year })} help={help} error={error}>
                  <input id={a} type="text" inputMode="decimal" autoComplete="off" className="input" defaultValue={initial[a]}
                    aria-invalid={!!error} aria-describedby={describedBy(a, help, error)} {...register(a)} />
                </Field>
              );
            })}
          </div>
        </fieldset>

        <button type="submit" className="btn-primary w-full sm:w-auto">{t("submit")}</button>
      </form>

      {answers && <FormResults answers={answers} asOf={asOf} />}
    </div>
  );
}

function Check({ name, label, help, checked, register }: {
  name: "registeredInCity";
  label: string;
  help: string;
  checked: boolean;
  register: UseFormRegister<CalculatorInput>;
}) {
  return (
    <div className="flex items-start gap-2 sm:pt-7">
      <input id={name} type="checkbox" className="mt-1 h-4 w-4" defaultChecked={checked} aria-describedby={`${name}-help`} {...register(name)} />
      <div>
        <label htmlFor={name} className="tap text-sm font-medium">{label}</label>
        <p id={`${name}-help`} className="help">{help}</p>
      </div>
    </div>
  );
}

function FormResults({ answers, asOf }: { answers: CalculatorInput; asOf: string }) {
  const rows = useMemo(() => runCalculator(answers, asOf), [answers, asOf]);
  return <CalculatorResults rows={rows} />;
}

"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";
import { describedBy, Field } from "@/components/form/field";
import { ORG_TYPES } from "@/rules/core/types";
import { PROFILE_QUALIFICATIONS } from "@/rules/matcher-facts";
import { AMOUNTS, inputFromForm, isYuanText, toSearchParams, type AmountName, type CalculatorInput } from "./calculator-schema";
import { runCalculator } from "./calculator-match";
import { CalculatorResults } from "./calculator-results";

/**
 * The questionnaire. The matcher (rules/, pure TypeScript) runs here in the browser: nothing is
 * sent anywhere. It is also a GET form, so before the script loads a submit still shows results.
 * Its fields are the browser's own (defaultValue / defaultChecked): an amount is checked when it
 * loses focus and on submit, and the error stands next to it.
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
  const [errors, setErrors] = useState<Partial<Record<AmountName, true>>>({});
  const setError = (a: AmountName, bad: boolean) => setErrors((e) => (!!e[a] === bad ? e : { ...e, [a]: bad || undefined }));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { input, invalid } = inputFromForm(new FormData(e.currentTarget));
    setErrors(Object.fromEntries(invalid.map((a) => [a, true])));
    if (!input) {
      document.getElementById(invalid[0])?.focus();
      return;
    }
    setAnswers(input);
    window.history.replaceState(null, "", `?${toSearchParams(input).toString()}`);
    requestAnimationFrame(() => document.getElementById("results")?.focus());
  };

  return (
    <div className="space-y-8">
      <form method="get" action="/calculator" onSubmit={onSubmit} noValidate className="space-y-6" aria-labelledby="calc-form-title">
        <h2 id="calc-form-title" className="sr-only">{t("profile")}</h2>
        {prefilled && <p role="status" className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-800">{t("prefilled")}</p>}
        <fieldset className="card grid gap-4 sm:grid-cols-2">
          <legend className="px-1 text-base font-semibold">{t("profile")}</legend>
          <Field id="orgType" label={t("orgType")}>
            <select id="orgType" name="orgType" className="input" defaultValue={initial.orgType}>
              {ORG_TYPES.map((o) => <option key={o} value={o}>{to(o)}</option>)}
            </select>
          </Field>
          <Check name="registeredInCity" label={t("inCity")} help={t("inCityHelp")} checked={initial.registeredInCity} />
          <fieldset className="sm:col-span-2" aria-describedby="qualifications-help">
            <legend className="label">{t("qualifications")}</legend>
            <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
              {PROFILE_QUALIFICATIONS.map((q) => (
                <label key={q} className="flex min-h-6 items-center gap-2 text-sm">
                  <input type="checkbox" name="qualifications" value={q} className="h-4 w-4" defaultChecked={initial.qualifications.includes(q)} />
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
                  <input id={a} name={a} type="text" inputMode="decimal" autoComplete="off" className="input" defaultValue={initial[a]}
                    aria-invalid={!!error} aria-describedby={describedBy(a, help, error)} onBlur={(e) => setError(a, !isYuanText(e.currentTarget.value))} />
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

function Check({ name, label, help, checked }: {
  name: "registeredInCity";
  label: string;
  help: string;
  checked: boolean;
}) {
  return (
    <div className="flex items-start gap-2 sm:pt-7">
      <input id={name} name={name} type="checkbox" className="mt-1 h-4 w-4" defaultChecked={checked} aria-describedby={`${name}-help`} />
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

"use client";
import { useLocale, useTranslations } from "next-intl";
import { useWatch, type Control, type UseFormRegister } from "react-hook-form";
import { describedBy, Field } from "@/components/form/field";
import { formatMoney, parseYuan } from "@/lib/money";
import type { FieldSpec, Label } from "@/rules/core/fields";
import type { CaseFormValues } from "./schemas";

/** One answer of the application form, generated from the measure's field spec. */
export function FactInput({ spec, register, control, error, en }: {
  spec: FieldSpec;
  register: UseFormRegister<CaseFormValues>;
  control: Control<CaseFormValues>;
  error?: string;
  en: boolean;
}) {
  const t = useTranslations("cases.form");
  const L = (l: Label) => (en ? l.en : l.zh);
  const id = `f-${spec.name}`;
  const name = `facts.${spec.name}` as const;
  const help = spec.help ? L(spec.help) : undefined;
  // "check:<text>": a check across facts, already in the page's language
  const errorText = error?.startsWith("check:") ? error.slice(6)
    : error ? t(`errors.${error}` as "errors.required", spec.kind === "int" ? { min: spec.min, max: spec.max } : {}) : undefined;
  const aria = { "aria-invalid": !!error, "aria-describedby": describedBy(id, help, error) };

  if (spec.kind === "bool" || spec.kind === "enum" || spec.kind === "multi") {
    const options: [string, string][] = spec.kind === "bool"
      ? [["true", t("yes")], ["false", t("no")]]
      : spec.values.map((v) => [v, L(spec.labels[v])]);
    const type = spec.kind === "multi" ? "checkbox" : "radio";
    const many = options.length > 4;
    return (
      <fieldset data-field={spec.name} id={id} tabIndex={-1} aria-describedby={describedBy(id, help, error)}>
        <legend className="label">{L(spec)}<span aria-hidden className="ml-0.5 text-gov-red">*</span></legend>
        {spec.kind === "multi" && <p className="help -mt-1 mb-1">{t("chooseAny")}</p>}
        <div className={`flex flex-wrap gap-x-5 gap-y-2 ${many ? "flex-col" : ""}`}>
          {options.map(([value, label]) => (
            <label key={value} className="inline-flex min-h-8 cursor-pointer items-center gap-2 text-sm">
              <input type={type} value={value} className="h-4 w-4 accent-brand-600" aria-invalid={!!error} {...register(name)} />
              {label}
            </label>
          ))}
        </div>
        {help && <p id={`${id}-help`} className="help">{help}</p>}
        {errorText && <p id={`${id}-error`} className="field-error" role="alert">{errorText}</p>}
      </fieldset>
    );
  }

  return (
    <div data-field={spec.name}>
      <Field id={id} label={L(spec)} help={help} error={errorText} required>
        {spec.kind === "money" ? (
          <>
            <div className="flex items-center gap-2">
              <input id={id} type="text" inputMode="decimal" autoComplete="off" className="input max-w-xs tabular-nums" placeholder={t("moneyPlaceholder")} {...aria} {...register(name)} />
              <span className="text-sm text-slate-700">{t("yuan")}</span>
            </div>
            <MoneyEcho control={control} name={name} />
          </>
        ) : spec.kind === "int" ? (
          <input id={id} type="text" inputMode="numeric" autoComplete="off" className="input max-w-xs tabular-nums" {...aria} {...register(name)} />
        ) : (
          <input id={id} type="date" className="input max-w-xs" min="2000-01-01" max="2100-12-31" {...aria} {...register(name)} />
        )}
      </Field>
    </div>
  );
}

/** What the typed amount means, so a slip of a zero shows before it is saved. */
function MoneyEcho({ control, name }: { control: Control<CaseFormValues>; name: `facts.${string}` }) {
  const locale = useLocale();
  const v = useWatch({ control, name });
  const fen = typeof v === "string" && v.trim() ? parseYuan(v) : null;
  if (fen === null) return null;
  return <p className="mt-1 text-xs tabular-nums text-slate-700" aria-live="polite">= {formatMoney(fen, locale)}</p>;
}

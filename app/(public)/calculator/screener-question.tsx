"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { describedBy } from "@/components/form/field";
import { formatMoney, parseYuan } from "@/lib/money";
import { GRADE_LABELS, isIsoDate, type FieldSpec, type Label } from "@/rules/core/fields";
import type { Question } from "@/rules/screener/screener";

type Choice = { value: string; label: string };

/** One question of the screener as a small form: its control by kind, the error next to it. */
export function ScreenerQuestion({ q, onAnswer, onSkip, onBack, canGoBack }: {
  q: Question;
  onAnswer: (value: unknown) => void;
  onSkip: () => void;
  onBack: () => void;
  canGoBack: boolean;
}) {
  const t = useTranslations("policy.calc.flow");
  const tc = useTranslations("policy.calc");
  const to = useTranslations("orgTypes");
  const locale = useLocale();
  const en = locale === "en";
  const L = (l: Label) => (en ? l.en : l.zh);
  const id = useId();
  const [text, setText] = useState("");
  const [picked, setPicked] = useState<string[]>([]);
  const [none, setNone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const field: FieldSpec | null = q.kind === "fact" ? q.field : null;
  const shape = q.kind === "figure" || field?.kind === "money" ? "money"
    : q.kind === "bool" || field?.kind === "bool" ? "bool"
    : q.kind === "org_type" || field?.kind === "enum" ? "one"
    : q.kind === "gate" || q.kind === "qualifications" || field?.kind === "multi" ? "many"
    : field?.kind === "int" ? "int" : "date";
  const choices: Choice[] =
    q.kind === "org_type" ? q.options.map((o) => ({ value: o, label: to(o) }))
    : q.kind === "qualifications" ? q.options.map((o) => ({ value: o, label: tc(`qual.${o}`) }))
    : q.kind === "gate" ? q.options.map((o) => ({ value: o.measure, label: L(o.label) }))
    : shape === "bool" ? [{ value: "true", label: t("yes") }, { value: "false", label: t("no") }]
    : field && (field.kind === "enum" || field.kind === "multi") ? field.values.map((v) => ({ value: v, label: L(field.labels[v] ?? GRADE_LABELS[v] ?? { zh: v, en: v }) }))
    : [];
  const money = shape === "money" && text.trim() ? parseYuan(text.trim()) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (shape === "money") {
      if (money === null) return setError(t("moneyInvalid"));
      return onAnswer(money);
    }
    if (shape === "int" && field?.kind === "int") {
      const n = Number(text.trim());
      if (!/^\d+$/.test(text.trim()) || n < field.min || n > field.max) return setError(t("intInvalid", { min: field.min, max: field.max }));
      return onAnswer(n);
    }
    if (shape === "date") {
      if (!isIsoDate(text)) return setError(t("dateInvalid"));
      return onAnswer(text);
    }
    if (shape === "many") {
      if (q.kind === "gate" && picked.length === 0 && !none) return setError(t("gateRequired"));
      return onAnswer(picked);
    }
    if (picked.length !== 1) return setError(t("pickOne"));
    return onAnswer(shape === "bool" ? picked[0] === "true" : picked[0]);
  };

  const errId = `${id}-error`;
  const helpText = q.kind === "bool" || q.kind === "qualifications" || q.kind === "gate" ? L(q.help)
    : q.kind === "fact" ? t("forMeasure", { measure: L(q.measureTitle) }) : null;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby={`${id}-q`} data-testid="screener-question" data-question={q.id}>
      <fieldset className="space-y-3" aria-describedby={describedBy(id, helpText, error)}>
        <legend id={`${id}-q`} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none" data-autofocus>{L(q.label)}</legend>
        {helpText && <p id={`${id}-help`} className="help">{helpText}</p>}
        {(shape === "money" || shape === "int" || shape === "date") && (
          <div className="max-w-sm">
            <label htmlFor={`${id}-input`} className="sr-only">{L(q.label)}</label>
            <input id={`${id}-input`} className="input" type={shape === "date" ? "date" : "text"} inputMode={shape === "money" ? "decimal" : shape === "int" ? "numeric" : undefined}
              autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!!error} aria-describedby={error ? errId : undefined} />
            {shape === "money" && <p className="help">{money !== null ? t("moneyReads", { amount: formatMoney(money, locale) }) : t("moneyHint")}</p>}
          </div>
        )}
        {(shape === "one" || shape === "bool") && (
          <div className="grid gap-2 sm:grid-cols-2">
            {choices.map((c) => (
              <label key={c.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name={`${id}-choice`} value={c.value} className="h-4 w-4" checked={picked[0] === c.value} onChange={() => setPicked([c.value])} />
                {c.label}
              </label>
            ))}
          </div>
        )}
        {shape === "many" && (
          <div className="grid gap-2 sm:grid-cols-2">
            {choices.map((c) => (
              <label key={c.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="checkbox" value={c.value} className="h-4 w-4 shrink-0" checked={picked.includes(c.value)}
                  onChange={(e) => { setNone(false); setPicked(e.target.checked ? [...picked, c.value] : picked.filter((x) => x !== c.value)); }} />
                {c.label}
              </label>
            ))}
            {q.kind === "gate" && (
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="checkbox" className="h-4 w-4" checked={none} onChange={(e) => { setNone(e.target.checked); if (e.target.checked) setPicked([]); }} />
                {t("noneOfThese")}
              </label>
            )}
          </div>
        )}
        {error && <p id={errId} className="field-error" role="alert">{error}</p>}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary">{t("next")}</button>
        <button type="button" className="btn-secondary" onClick={onSkip}>{t("skip")}</button>
        {canGoBack && <button type="button" className="btn-secondary" onClick={onBack}>{t("back")}</button>}
      </div>
    </form>
  );
}

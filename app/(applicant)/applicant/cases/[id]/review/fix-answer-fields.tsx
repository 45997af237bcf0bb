"use client";
import { useTranslations } from "next-intl";
import { FIX_ANSWER_MAX } from "@/lib/cases/fix-answers";

/**
 * One answer per item of the reviewer's fix list, each error next to its item. Controlled by the
 * submit form, which sends the answers with the resubmission.
 */
export function FixAnswerFields({ items, answers, errors, onChange }: {
  items: string[];
  answers: string[];
  /** message code per item index ("fix_answer_required" | "too_long") */
  errors: Record<number, string>;
  onChange: (i: number, v: string) => void;
}) {
  const t = useTranslations("nextSteps.fixAnswers");
  return (
    <fieldset className="space-y-4 rounded-md border border-amber-300 bg-amber-50 p-3" aria-describedby="fix-answers-help" data-testid="fix-answers">
      <legend className="px-1 text-sm font-semibold text-amber-950">{t("title")}</legend>
      <p id="fix-answers-help" className="text-sm text-slate-800">{t("help")}</p>
      {items.map((item, i) => {
        const id = `fix-answer-${i}`;
        const err = errors[i];
        return (
          <div key={i} className="space-y-1" data-testid="fix-answer-item">
            <label htmlFor={id} className="block text-sm font-medium text-slate-900">
              <span className="mr-1 tabular-nums">{t("itemN", { n: i + 1 })}</span>{item}
            </label>
            <textarea
              id={id} rows={3} maxLength={FIX_ANSWER_MAX} className="input min-h-[4.5rem]" value={answers[i] ?? ""}
              placeholder={t("placeholder")} aria-invalid={!!err} aria-describedby={err ? `${id}-error` : undefined}
              onChange={(e) => onChange(i, e.target.value)}
            />
            {err && <p id={`${id}-error`} className="field-error" role="alert">{t(err === "too_long" ? "tooLong" : "required", { max: FIX_ANSWER_MAX })}</p>}
          </div>
        );
      })}
    </fieldset>
  );
}

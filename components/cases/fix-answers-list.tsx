import { getTranslations } from "next-intl/server";
import type { FixAnswer } from "@/lib/cases/fix-answers";

/** A resubmission's answers to the fix list: each item the reviewer asked for and what was done. */
export async function FixAnswersList({ answers }: { answers: FixAnswer[] }) {
  if (answers.length === 0) return null;
  const t = await getTranslations("nextSteps.revision");
  return (
    <div className="mt-2 space-y-1" data-testid="fix-answers-list">
      <p className="text-sm font-medium">{t("answersTitle")}</p>
      <ol className="ml-5 list-decimal space-y-1 text-sm">
        {answers.map((a, i) => (
          <li key={i}>
            <span className="text-slate-700">{a.item}</span>
            <span className="mt-0.5 block whitespace-pre-wrap break-words border-l-2 border-green-300 pl-2 text-slate-900"><span className="text-slate-600">{t("answer")}</span>{a.answer}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

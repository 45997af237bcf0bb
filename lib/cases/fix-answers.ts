// The applicant's answers to a return's fix list (issue 15 §4): one text answer per item, required
// before a returned case is resubmitted, stored with the revision that resubmits it (and in its
// audit event). Pure: the submit form checks with it before sending, the server again at submit.
import { ActionError } from "../errors";

export const FIX_ANSWER_MAX = 2000;

export interface FixAnswer {
  item: string;
  answer: string;
}

/** The fix list as stored on a ReviewAction (JSON): its strings, in order. */
export function fixListOf(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Field errors by item ("fixAnswers.0": "fix_answer_required"), empty when every item has an answer. */
export function fixAnswerErrors(list: readonly string[], answers: readonly unknown[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  list.forEach((_, i) => {
    const a = answers?.[i];
    const text = typeof a === "string" ? a.trim() : "";
    if (!text) out[`fixAnswers.${i}`] = "fix_answer_required";
    else if (text.length > FIX_ANSWER_MAX) out[`fixAnswers.${i}`] = "too_long";
  });
  return out;
}

/**
 * Each item of the fix list with its answer; throws a validation error naming every unanswered
 * item (nothing is stored then). An empty fix list needs no answers.
 */
export function pairFixAnswers(list: readonly string[], answers: readonly unknown[] | undefined): FixAnswer[] {
  const bad = fixAnswerErrors(list, answers);
  if (Object.keys(bad).length) throw new ActionError("fix_answers_missing", bad, { count: Object.keys(bad).length });
  return list.map((item, i) => ({ item, answer: (answers![i] as string).trim() }));
}

/** Answers as stored on a CaseRevision (JSON), for display; [] for a first submission. */
export function storedFixAnswers(v: unknown): FixAnswer[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is FixAnswer => !!x && typeof x === "object" && typeof x.item === "string" && typeof x.answer === "string");
}

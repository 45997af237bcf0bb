"use client";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/define-action";
import { formatYuan } from "@/lib/money";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** figures of an error's detail as people read them: amounts (…Fen) in yuan */
function values(detail: Failure["detail"]): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(detail ?? {})) out[k] = k.endsWith("Fen") && typeof v === "number" ? formatYuan(v) : v;
  return out;
}

/**
 * Error codes of the review flow are translated under review.errors.* (with their figures), the
 * shared ones under errors.*; anything unknown reads as the generic server error.
 */
export function useErrorText() {
  const tr = useTranslations("review.errors");
  const te = useTranslations("errors");
  return (code: string, detail?: Failure["detail"]): string => {
    const v = values(detail);
    if (typeof v.done === "string" && tr.has(`duties.${v.done}`)) v.done = tr(`duties.${v.done}`);
    if (tr.has(code)) return tr(code, v);
    if (te.has(code)) return te(code);
    return te("server");
  };
}

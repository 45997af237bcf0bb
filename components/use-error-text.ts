"use client";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/money";

/** Where an area's own error codes are translated (`<area>.errors.*`); the shared ones are under `errors.*`. */
export type ErrorArea = "cases" | "review" | "admin" | "offers";

/** An error's detail as people read it: amounts (keys ending in Fen) in yuan. */
function readable(detail: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(detail ?? {})) {
    if (typeof v === "number") out[k] = k.endsWith("Fen") ? formatYuan(v) : v;
    else if (typeof v === "string") out[k] = v;
  }
  return out;
}

/**
 * The one way an error code becomes a sentence: the areas' messages first, in the order given
 * (with the detail's figures), then the shared errors.*; a code nobody translated reads as the
 * generic failure (an admin's form field as "invalid", anything else as a server error), never
 * as the raw code. No code, no text: a field without an error shows nothing.
 */
export function useErrorText(...areas: [ErrorArea, ...ErrorArea[]]) {
  const t = useTranslations();
  const fallback = areas[0] === "admin" ? "errors.invalid" : "errors.server";
  const has = (key: string) => t.has(key as never);
  function text(code: string, detail?: Record<string, unknown>): string;
  function text(code: string | undefined, detail?: Record<string, unknown>): string | undefined;
  function text(code: string | undefined, detail?: Record<string, unknown>): string | undefined {
    if (!code) return undefined;
    const v = readable(detail);
    // the review flow names a duty (review.errors.duties.*) that keeps a member of staff in place
    if (typeof v.done === "string" && has(`review.errors.duties.${v.done}`)) v.done = t(`review.errors.duties.${v.done}` as never);
    const own = areas.map((a) => `${a}.errors.${code}`).find(has);
    if (own) return t(own as never, v as never);
    return t((has(`errors.${code}`) ? `errors.${code}` : fallback) as never);
  }
  return text;
}

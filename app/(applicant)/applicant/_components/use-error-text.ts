"use client";
import { useTranslations } from "next-intl";

/** An action's error code as a sentence: the cases messages first, then the shared errors.* ones. */
export function useErrorText() {
  const tc = useTranslations("cases.errors");
  const te = useTranslations("errors");
  return (code: string, values?: Record<string, string | number>): string => {
    if (tc.has(code)) return tc(code, values);
    if (te.has(code)) return te(code);
    return te("server");
  };
}

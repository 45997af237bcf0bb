"use client";
import { useTranslations } from "next-intl";

/** An error code as text: admin.errors.* first, then the shared errors.* */
export function useErrorText(): (code: string | undefined, values?: Record<string, string | number>) => string | undefined {
  const ta = useTranslations("admin.errors");
  const te = useTranslations("errors");
  return (code, values) => {
    if (!code) return undefined;
    if (ta.has(code as never)) return ta(code as never, values as never);
    if (te.has(code as never)) return te(code as never);
    return te("invalid");
  };
}

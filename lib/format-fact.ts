// A fact, or a file's size, as people read it: the one formatter the applicant pages, the review and
// finance views, the revision diff and the printed documents share. Pure, and safe in client code:
// the words come from the message files (factValues), the only labels bundled here.
import type { FieldSpec } from "@/rules/core/fields";
import en from "./i18n/messages/en/fact-values.json";
import zh from "./i18n/messages/zh/fact-values.json";
import { formatDay } from "./format-date";
import { formatMoney } from "./money";

export type FactLocale = "zh" | "en";
const WORDS = { zh: zh.factValues, en: en.factValues } as const;

/** The words a fact is told with (是/否, 无, 申报标的) in a locale. */
export const factWords = (locale: FactLocale) => WORDS[locale];

/**
 * A saved answer: money as ¥ and 万元, an ISO date as the locale writes it (2025年12月31日,
 * 31 Dec 2025), booleans as 是/否, options by their labels. null when there is no answer.
 */
export function formatFact(spec: FieldSpec | undefined, v: unknown, locale: FactLocale): string | null {
  if (v === undefined || v === null || v === "") return null;
  const w = WORDS[locale];
  if (!spec) return typeof v === "string" ? v : JSON.stringify(v);
  const label = (x: unknown) => (spec.kind === "enum" || spec.kind === "multi" ? spec.labels[String(x)]?.[locale] : undefined) ?? String(x);
  switch (spec.kind) {
    case "money":
      return typeof v === "number" ? formatMoney(v, locale) : String(v);
    case "date":
      return typeof v === "string" ? formatDay(v, locale) : String(v);
    case "bool":
      return v === true ? w.yes : v === false ? w.no : String(v);
    case "enum":
      return label(v);
    case "multi":
      if (!Array.isArray(v)) return String(v);
      return v.length === 0 ? w.none : v.map(label).join(w.listSeparator);
    default:
      return String(v);
  }
}

/** 12345 → "12 KB", 3.4 MB → "3.4 MB" */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

// How facts, money and times read on a printed document (Chinese, Beijing time). Pure.
import type { FieldSpec } from "@/rules/core/fields";
import { formatDate, formatDateTime } from "../format-date";
import { formatFact, formatSize } from "../format-fact";

/** 2026年12月4日 17:30 (Beijing time), as the pages show it in Chinese */
export const printDateTime = (d: Date) => formatDateTime(d, "zh");
/** 2026年12月4日 (Beijing time) */
export const printDate = (d: Date) => formatDate(d, "zh");

/** a fact as printed: money as ¥ and 万元, an ISO date as 2025年12月31日, 是/否, the form's option labels */
export const printFact = (spec: FieldSpec | undefined, v: unknown): string => formatFact(spec, v, "zh") ?? "—";

/** 12345 → "12 KB", as the case page shows sizes */
export const printSize = formatSize;

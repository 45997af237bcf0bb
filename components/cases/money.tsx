import { useLocale } from "next-intl";
import { formatCompact, formatYuan } from "@/lib/money";

/**
 * ¥1,234,567.89 with the short amount beside it: （123.46万元） in Chinese, (¥1.23 million) in English.
 * `compact`: the short amount inside the figure's span rather than beside it in a third one, for a
 * cell that holds nothing else (a queue page has 52 of them; one element, so a phone's stacked cell
 * lays it out as before).
 */
export function Money({ fen, className = "", compact = false }: { fen: bigint | number | null | undefined; className?: string; compact?: boolean }) {
  const locale = useLocale();
  if (fen === null || fen === undefined) return compact ? "—" : <span className={className}>—</span>;
  const en = locale === "en";
  // in English a figure under a million needs no second reading: "¥75,000.00 (¥75,000)" says it twice
  const short = !en ? `（${formatCompact(fen, locale)}）` : Math.abs(Number(fen)) >= 100_000_000 ? ` (${formatCompact(fen, locale)})` : null;
  const shortPart = short && <span className={en ? "text-slate-600" : "ml-1 text-slate-600"}>{short}</span>;
  if (compact) return <span className={`tabular-nums ${className}`.trim()}>{formatYuan(fen)}{shortPart}</span>;
  return (
    <span className={className}>
      <span className="tabular-nums">{formatYuan(fen)}</span>
      {shortPart}
    </span>
  );
}

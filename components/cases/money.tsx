import { formatWan, formatYuan } from "@/lib/money";

/** ¥1,234,567.89 with 万元 beside it. */
export function Money({ fen, className = "" }: { fen: bigint | number | null | undefined; className?: string }) {
  if (fen === null || fen === undefined) return <span className={className}>—</span>;
  return (
    <span className={className}>
      <span className="tabular-nums">{formatYuan(fen)}</span>
      <span className="ml-1 text-slate-600">（{formatWan(fen)}）</span>
    </span>
  );
}

// The one formatter for money shown to people. Money is integer fen everywhere else.
export type Fen = number & { readonly __fen?: unique symbol };

/** 123456789 -> "¥1,234,567.89" */
export function formatYuan(fen: bigint | number): string {
  const n = Number(fen);
  const neg = n < 0;
  const a = Math.abs(Math.trunc(n));
  const yuan = Math.floor(a / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = String(a % 100).padStart(2, "0");
  return `${neg ? "-" : ""}¥${yuan}.${cents}`;
}

/** 123456789 -> "123.46万元" (display only) */
export function formatWan(fen: bigint | number): string {
  const w = Number(fen) / 1_000_000;
  return `${Number.isInteger(w) ? w : w.toFixed(2).replace(/\.?0+$/, "")}万元`;
}

/** "¥1,234,567.89（123.46万元）" */
export function formatMoney(fen: bigint | number): string {
  return `${formatYuan(fen)}（${formatWan(fen)}）`;
}

/** yuan typed by a person ("1,234.5") -> fen, or null when it is not a non-negative amount with ≤ 2 decimals */
export function parseYuan(input: string): Fen | null {
  const s = input.replace(/[,，\s]/g, "");
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(s)) return null;
  const [y, c = ""] = s.split(".");
  return (Number(y) * 100 + Number(c.padEnd(2, "0"))) as Fen;
}

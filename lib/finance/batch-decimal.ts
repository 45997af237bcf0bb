// Pure: fen as the exact decimal text of yuan, for spreadsheet cells (no float arithmetic on money).

/** 123456n → "1234.56" (exact) */
export function fenToDecimal(fen: bigint): string {
  const neg = fen < 0n;
  const a = neg ? -fen : fen;
  return `${neg ? "-" : ""}${a / 100n}.${String(a % 100n).padStart(2, "0")}`;
}

// Formatting used inside reasons. Hand-written (no Intl) because it runs on every evaluation.

const pad3 = (n: number): string => (n < 10 ? "00" + n : n < 100 ? "0" + n : "" + n);

/** 1234567 -> "1,234,567" for a non-negative integer (digits, no Intl, no slicing) */
function group(n: number): string {
  if (!(n >= 1000)) return "" + n;
  if (!(n < 1e21)) return String(n); // exponent notation: nothing sensible to group
  return group(Math.floor(n / 1000)) + "," + pad3(n % 1000);
}

/** 123456789 fen -> "¥1,234,567.89" */
export function yuan(fen: number): string {
  if (!Number.isFinite(fen)) return "¥" + fen;
  const neg = fen < 0;
  const a = Math.abs(Math.trunc(fen));
  const c = a % 100;
  return (neg ? "-¥" : "¥") + group((a - c) / 100) + (c < 10 ? ".0" + c : "." + c);
}

/** 12345678 fen -> "12.35万元" (at most 2 decimals, trailing zeros dropped) */
export function wan(fen: number): string {
  const w = Math.round(fen / 10000) / 100; // display only; money stays integer elsewhere
  return String(w) + "万元";
}

/** num/den as a percentage with one decimal, e.g. 15.0% */
export function pct(num: number, den: number): string {
  if (den === 0) return "—";
  const tenths = Math.floor((num * 1000) / den); // floor keeps "≥10%" honest in text
  const sign = tenths < 0 ? "-" : "";
  const t = Math.abs(tenths);
  return sign + Math.floor(t / 10) + "." + (t % 10) + "%";
}

export const bp = (v: number): string => (v / 100).toFixed(2) + "%";

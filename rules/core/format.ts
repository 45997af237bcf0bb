// Formatting used inside reasons. Hand-written (no Intl) because it runs on every evaluation.

function group(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  let out = "";
  let i = s.length % 3 || 3;
  out = s.slice(0, i);
  for (; i < s.length; i += 3) out += "," + s.slice(i, i + 3);
  return out;
}

/** 123456789 fen -> "¥1,234,567.89" */
export function yuan(fen: number): string {
  const neg = fen < 0;
  const a = Math.abs(Math.trunc(fen));
  const y = Math.floor(a / 100);
  const c = a % 100;
  return (neg ? "-¥" : "¥") + group(y) + "." + (c < 10 ? "0" + c : String(c));
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

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

/** n with at most 2 decimals, trailing zeros dropped: 7.5, 123.46, 10 */
const short = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ""));

/** 123456789 -> "123.46万元" (display only; Chinese documents that always count in 万) */
export function formatWan(fen: bigint | number): string {
  return `${short(Number(fen) / 1_000_000)}万元`;
}

// [fen per unit, zh suffix / en suffix], largest first
const ZH_UNITS = [[100_000_000_000_000, "万亿元"], [10_000_000_000, "亿元"], [1_000_000, "万元"]] as const;
const EN_UNITS = [[100_000_000_000_000, " trillion"], [100_000_000_000, " billion"], [100_000_000, " million"]] as const;

/** abs in the largest unit it reaches, to 2 decimals; null below the smallest unit */
function inUnit(abs: number, units: readonly (readonly [number, string])[]): string | null {
  for (const [i, [unit, suffix]] of units.entries()) {
    if (abs < unit) continue;
    const r = Math.round((abs / unit) * 100) / 100;
    // 999.999 million rounds to 1000 million: say 1 billion instead (the unit above, if any)
    if (i > 0 && r * unit >= units[i - 1][0]) return short(Math.round((abs / units[i - 1][0]) * 100) / 100) + units[i - 1][1];
    return short(r) + suffix;
  }
  return null;
}

/**
 * The short amount people read in running text (display only: exact figures use formatYuan).
 * zh: "7.5万元", "1000万元", "12.63亿元"; en: "¥75,000", "¥10 million", "¥1.26 billion".
 */
export function formatCompact(fen: bigint | number, locale = "zh"): string {
  const n = Number(fen);
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  if (locale !== "en") return sign + (inUnit(abs, ZH_UNITS) ?? formatWan(abs));
  const big = inUnit(abs, EN_UNITS);
  if (big) return `${sign}¥${big}`;
  const yuan = formatYuan(abs);
  return sign + (yuan.endsWith(".00") ? yuan.slice(0, -3) : yuan);
}

/**
 * The exact amount with the short one beside it, in the page's language:
 * zh "¥1,234,567.89（123.46万元）"; en "¥1,234,567.89 (¥1.23 million)", or only "¥75,000.00" below a
 * million, where the short form would repeat the figure.
 */
export function formatMoney(fen: bigint | number, locale = "zh"): string {
  if (locale !== "en") return `${formatYuan(fen)}（${formatCompact(fen, "zh")}）`;
  return Math.abs(Number(fen)) >= EN_UNITS[2][0] ? `${formatYuan(fen)} (${formatCompact(fen, "en")})` : formatYuan(fen);
}

const UNIT_DIGITS: Record<string, number> = { "": 0, "元": 0, "万": 4, "万元": 4, "亿": 8, "亿元": 8 };

/**
 * Yuan typed by a person -> fen, or null when it is not a non-negative amount exact to the fen.
 * Accepts thousands separators and the units people write: "1,234.5", "800万", "7.5万元", "1.2亿".
 * Digit strings only (no floating point): "0.123456万" is ¥1,234.56; "0.1234567万" is refused.
 */
export function parseYuan(input: string): Fen | null {
  const m = /^(\d{1,13})(?:\.(\d{1,10}))?(|元|万|万元|亿|亿元)$/.exec(input.replace(/[,，\s]/g, "").replace(/^¥/, ""));
  if (!m) return null;
  const [, int, frac = "", unit] = m;
  // shift the decimal point by the unit's power of ten plus 2 (yuan -> fen)
  const shift = UNIT_DIGITS[unit] + 2;
  if (frac.length > shift) return null;
  const digits = (int + frac.padEnd(shift, "0")).replace(/^0+(?=\d)/, "");
  if (digits.length > 15) return null; // beyond 10 trillion yuan: not a real figure, keeps the integer safe
  return Number(digits) as Fen;
}

// Formatting used inside reasons. Hand-written (no Intl) because it runs on every evaluation.

// Lookup tables instead of arithmetic on digits: "0".."999", ",000"..",999", ".00"..".99".
const PLAIN: string[] = [];
const COMMA3: string[] = [];
const CENTS: string[] = [];
for (let i = 0; i < 1000; i++) {
  PLAIN.push(String(i));
  COMMA3.push("," + String(i).padStart(3, "0"));
  if (i < 100) CENTS.push("." + String(i).padStart(2, "0"));
}

/** 1234567 -> "1,234,567" for a non-negative safe integer */
function group(n: number): string {
  if (n < 1000) return PLAIN[n];
  let r = n % 1000;
  let s = COMMA3[r];
  n = (n - r) / 1000;
  while (n >= 1000) {
    r = n % 1000;
    s = COMMA3[r] + s;
    n = (n - r) / 1000;
  }
  return PLAIN[n] + s;
}

// Reasons quote the same amounts over and over (caps, fixed awards): a small direct-mapped cache.
const CACHE_SIZE = 512;
const cacheKey = new Float64Array(CACHE_SIZE).fill(NaN); // NaN equals nothing: empty slots never hit
const cacheVal: string[] = new Array<string>(CACHE_SIZE).fill("");

/** 123456789 fen -> "¥1,234,567.89" */
export function yuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    // not an amount the rules produce: fractions are truncated, absurd sizes shown ungrouped
    if (Number.isSafeInteger(Math.trunc(fen))) return yuan(Math.trunc(fen));
    return Number.isFinite(fen) ? (fen < 0 ? "-¥" : "¥") + (Math.abs(fen) / 100).toFixed(2) : "¥" + fen;
  }
  const slot = (fen ^ (fen / 4096)) & (CACHE_SIZE - 1);
  if (cacheKey[slot] === fen) return cacheVal[slot];
  const a = fen < 0 ? -fen : fen;
  const c = a % 100;
  const s = (fen < 0 ? "-¥" : "¥") + group((a - c) / 100) + CENTS[c];
  cacheKey[slot] = fen;
  cacheVal[slot] = s;
  return s;
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

/** basis points as a percentage: 345 -> "3.45%" */
export function bp(v: number): string {
  if (!Number.isSafeInteger(v) || v < 0) return (v / 100).toFixed(2) + "%";
  const c = v % 100;
  return group((v - c) / 100) + CENTS[c] + "%";
}

// as the pages write them (lib/format-date.ts, Intl en-GB: "Sept"); lib/format-date.test.ts holds the two together
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const isDay = (s: string) => s.length === 10 && s[4] === "-" && s[7] === "-";
const isMonth = (s: string) => s.length === 7 && s[4] === "-";

// Every evaluation quotes its event date (a what-if reads a million cases with a few hundred
// distinct dates): the text of a date is built once and looked up after that, up to a bound.
const ZH_DAYS = new Map<string, string>();
const EN_DAYS = new Map<string, string>();
function remembered(cache: Map<string, string>, key: string, make: () => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    if (cache.size >= 4096) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** An ISO day as Chinese text reads it: "2025-12-31" -> "2025年12月31日"; anything else as it is. */
export function dayZh(iso: string): string {
  return remembered(ZH_DAYS, iso, () => (isDay(iso) ? `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日` : iso));
}

/** An ISO day as English text reads it: "2025-12-31" -> "31 Dec 2025"; anything else as it is. */
export function dayEn(iso: string): string {
  return remembered(EN_DAYS, iso, () => (isDay(iso) ? `${+iso.slice(8, 10)} ${MONTHS_EN[+iso.slice(5, 7) - 1] ?? iso.slice(5, 7)} ${+iso.slice(0, 4)}` : iso));
}

/** "2025-11" -> "Nov 2025" (Chinese text writes 2025年11月 itself) */
export function monthEn(ym: string): string {
  return isMonth(ym) ? `${MONTHS_EN[+ym.slice(5, 7) - 1] ?? ym.slice(5, 7)} ${+ym.slice(0, 4)}` : ym;
}

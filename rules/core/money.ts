// Integer-fen arithmetic. No floats on money: ratios are applied as integers and floored once.

/** floor(a × num / den) for non-negative integers, exact even past 2^53. */
export function mulDiv(a: number, num: number, den: number): number {
  const p = a * num;
  if (p <= Number.MAX_SAFE_INTEGER) return Math.floor(p / den);
  return Number((BigInt(a) * BigInt(num)) / BigInt(den));
}

export const WAN = 1_000_000; // 1万元 in fen

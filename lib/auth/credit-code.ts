// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-symbol
// alphabet (no I, O, S, V, Z); the last one is a check character over the first 17.
//   1      registering authority (9 market regulation, 1 institutions' register, 5 civil affairs …)
//   2      kind of organisation under that authority
//   3–8    administrative division where it was registered (GB/T 2260), e.g. 371002 环翠区
//   9–17   the organisation code (GB 11714-1997): 8 characters and its own check character
//   18     the check character over characters 1–17
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeProblem = "length" | "characters" | "check_digit" | "org_code_check" | "region";

/**
 * Whether `s` could begin a credit code (at most 18 characters, each of the alphabet, either case):
 * a search for anything else need not look among the codes.
 */
export function couldBeginCreditCode(s: string): boolean {
  if (!s || s.length > 18) return false;
  for (const ch of s.toUpperCase()) if (!ALPHABET.includes(ch)) return false;
  return true;
}

/** the check character for the first 17 characters, or null when they are not valid symbols */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return ALPHABET[c === 31 ? 0 : c];
}

/**
 * GB 11714 check character of an 8-character organisation code body: digits count as themselves,
 * letters A–Z as 10–35; C = 11 − (Σ value × weight mod 11), written X for 10 and 0 for 11.
 */
export function orgCodeCheckChar(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i], 36) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** a full code from its first 8 characters and the 8-character organisation code body (both checks computed) */
export function composeCreditCode(first8: string, orgBody8: string): string {
  const first17 = first8 + orgBody8 + orgCodeCheckChar(orgBody8);
  return first17 + creditCodeCheckChar(first17);
}

export function normaliseCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** null when valid, otherwise what is wrong */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) return "length";
  for (const ch of code) if (!ALPHABET.includes(ch)) return "characters";
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return "check_digit";
  // characters 3–8 are a division code: six digits whose province part (first two) is 11–82
  if (!/^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-2])\d{4}$/.test(code.slice(2, 8))) return "region";
  if (orgCodeCheckChar(code.slice(8, 16)) !== code[16]) return "org_code_check";
  return null;
}

/**
 * Weihai's administrative divisions (GB/T 2260) and its development zones' registration codes:
 * the registering division of a code PROPOSES "registered in Weihai"; the verifier confirms it.
 */
export const WEIHAI_DIVISIONS: Record<string, { zh: string; en: string }> = {
  "371000": { zh: "威海市（市本级）", en: "Weihai (city level)" },
  "371002": { zh: "环翠区", en: "Huancui District" },
  "371003": { zh: "文登区", en: "Wendeng District" },
  "371082": { zh: "荣成市", en: "Rongcheng" },
  "371083": { zh: "乳山市", en: "Rushan" },
  "371071": { zh: "威海火炬高技术产业开发区", en: "Weihai Torch Hi-tech Industrial Development Zone" },
  "371072": { zh: "威海经济技术开发区", en: "Weihai Economic and Technological Development Zone" },
  "371073": { zh: "威海临港经济技术开发区", en: "Weihai Lingang Economic and Technological Development Zone" },
};

export interface CreditCodeAnalysis {
  code: string;
  problem: CreditCodeProblem | null;
  /** characters 3–8 */
  division: string;
  /** the Weihai division's name, null outside Weihai */
  weihaiDivision: { zh: string; en: string } | null;
  /** what the code proposes for "registered in Weihai" (the verifier decides) */
  proposedInWeihai: boolean;
  /** characters 9–17 */
  orgCode: string;
}

/** What the code says beyond its check character, for the verifier (and sign-up's proposal). */
export function analyseCreditCode(raw: string): CreditCodeAnalysis {
  const code = normaliseCreditCode(raw);
  const division = code.slice(2, 8);
  const weihaiDivision = WEIHAI_DIVISIONS[division] ?? (division.startsWith("3710") ? { zh: "威海市（未列明区划）", en: "Weihai (unlisted division)" } : null);
  return { code, problem: creditCodeProblem(code), division, weihaiDivision, proposedInWeihai: weihaiDivision !== null, orgCode: code.slice(8, 17) };
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, { zh: string; en: string }> = {
  length: { zh: "统一社会信用代码应为18位", en: "The unified social credit code has 18 characters" },
  characters: { zh: "统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）", en: "Only digits and capital letters except I, O, S, V, Z are allowed" },
  check_digit: { zh: "统一社会信用代码校验位不正确，请核对", en: "The check character of the credit code is wrong; please check the code" },
  region: { zh: "统一社会信用代码第3–8位应为登记管理机关行政区划码，请核对", en: "Characters 3–8 of the credit code must be the registering administrative division; please check the code" },
  org_code_check: { zh: "统一社会信用代码第9–17位（组织机构代码）校验位不正确，请核对", en: "The organisation code in characters 9–17 has a wrong check character; please check the code" },
};

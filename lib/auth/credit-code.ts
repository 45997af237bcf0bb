// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-symbol
// alphabet (no I, O, S, V, Z); the last one is a check character over the first 17.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = "length" | "characters" | "check_digit";

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

export function normaliseCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** null when valid, otherwise what is wrong */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) return "length";
  for (const ch of code) if (!ALPHABET.includes(ch)) return "characters";
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : "check_digit";
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, { zh: string; en: string }> = {
  length: { zh: "统一社会信用代码应为18位", en: "The unified social credit code has 18 characters" },
  characters: { zh: "统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）", en: "Only digits and capital letters except I, O, S, V, Z are allowed" },
  check_digit: { zh: "统一社会信用代码校验位不正确，请核对", en: "The check character of the credit code is wrong; please check the code" },
};

// The calculator's questionnaire: what the visitor types (strings, amounts in yuan), its
// validation, and how URL search params or the form's own fields fill it (so a shared or no-JS GET
// link shows results). Plain TypeScript: the page ships no form library for eight fields.
import { parseYuan } from "@/lib/money";
import { ORG_TYPES, type OrgType } from "@/rules/core/types";
import { PROFILE_QUALIFICATIONS } from "@/rules/matcher-facts";

type ProfileQualification = (typeof PROFILE_QUALIFICATIONS)[number];

/** the amounts asked, each the matcher's profile figure of the same name plus "Fen" */
export const AMOUNTS = ["rndPrevYear", "rndThisYear", "interestPaid", "premiumPaid", "contractAmount"] as const;
export type AmountName = (typeof AMOUNTS)[number];

export interface CalculatorInput extends Record<AmountName, string> {
  orgType: OrgType;
  registeredInCity: boolean;
  qualifications: ProfileQualification[];
}

/** an amount field is empty or an amount in yuan */
export const isYuanText = (s: string) => s.trim() === "" || parseYuan(s.trim()) !== null;

export const EMPTY_INPUT: CalculatorInput = {
  orgType: "enterprise", registeredInCity: true, qualifications: [],
  rndPrevYear: "", rndThisYear: "", interestPaid: "", premiumPaid: "", contractAmount: "",
};

/** the amounts typed in yuan as the matcher's figures in fen; empty fields are left out */
export function figuresFen(input: CalculatorInput): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of AMOUNTS) {
    const fen = input[a].trim() === "" ? null : parseYuan(input[a]);
    if (fen !== null) out[`${a}Fen`] = fen;
  }
  return out;
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The questionnaire as given in the URL (a GET submit before the script loaded, or a shared
 * link), on top of `base`; null when the URL carries no answers. What does not validate is
 * dropped rather than failing the whole questionnaire.
 */
export function inputFromSearchParams(sp: SearchParams, base: CalculatorInput): CalculatorInput | null {
  if (typeof sp.orgType !== "string") return null;
  const list = Array.isArray(sp.qualifications) ? sp.qualifications : sp.qualifications === undefined ? [] : [sp.qualifications];
  const flag = (v: unknown) => v === "on" || v === "true";
  const amount = (k: AmountName) => {
    const v = typeof sp[k] === "string" ? sp[k].slice(0, 30) : "";
    return isYuanText(v) ? v.trim() : "";
  };
  return {
    orgType: (ORG_TYPES as readonly string[]).includes(sp.orgType) ? (sp.orgType as OrgType) : base.orgType,
    registeredInCity: flag(sp.registeredInCity),
    qualifications: PROFILE_QUALIFICATIONS.filter((q) => list.includes(q)),
    ...(Object.fromEntries(AMOUNTS.map((a) => [a, amount(a)])) as Record<AmountName, string>),
  };
}

/**
 * The form's fields as typed (FormData of the form), and the amount fields that are not amounts;
 * the input is null while any is wrong.
 */
export function inputFromForm(data: FormData): { input: CalculatorInput | null; invalid: AmountName[] } {
  const text = (k: string) => (typeof data.get(k) === "string" ? (data.get(k) as string) : "");
  const invalid = AMOUNTS.filter((a) => !isYuanText(text(a)));
  if (invalid.length) return { input: null, invalid };
  const sp: SearchParams = { orgType: text("orgType"), registeredInCity: data.get("registeredInCity") === null ? undefined : "on",
    qualifications: data.getAll("qualifications").filter((q): q is string => typeof q === "string") };
  for (const a of AMOUNTS) sp[a] = text(a);
  return { input: inputFromSearchParams(sp, EMPTY_INPUT), invalid };
}

/** the questionnaire as URL search params (the inverse of inputFromSearchParams) */
export function toSearchParams(input: CalculatorInput): URLSearchParams {
  const p = new URLSearchParams({ orgType: input.orgType });
  if (input.registeredInCity) p.set("registeredInCity", "on");
  for (const q of input.qualifications) p.append("qualifications", q);
  for (const a of AMOUNTS) if (input[a].trim()) p.set(a, input[a].trim());
  return p;
}

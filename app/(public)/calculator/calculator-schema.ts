// The calculator's questionnaire: what the visitor types (strings, amounts in yuan), its
// validation, and how URL search params fill it (so a shared or no-JS GET link shows results).
import * as z from "zod/mini";
import { parseYuan } from "@/lib/money";
import { ORG_TYPES } from "@/rules";
import { PROFILE_QUALIFICATIONS } from "@/rules/matcher";

/** the amounts asked, each the matcher's profile figure of the same name plus "Fen" */
export const AMOUNTS = ["rndPrevYear", "rndThisYear", "interestPaid", "premiumPaid", "contractAmount"] as const;
export type AmountName = (typeof AMOUNTS)[number];

const yuanText = z.string().check(z.trim(), z.refine((s) => s === "" || parseYuan(s) !== null, "yuan_invalid"));

export const calculatorSchema = z.object({
  orgType: z.enum(ORG_TYPES),
  registeredInCity: z.boolean(),
  qualifications: z.array(z.enum(PROFILE_QUALIFICATIONS)),
  rndPrevYear: yuanText,
  rndThisYear: yuanText,
  interestPaid: yuanText,
  premiumPaid: yuanText,
  contractAmount: yuanText,
});

export type CalculatorInput = z.infer<typeof calculatorSchema>;

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
    return yuanText.safeParse(v).success ? v.trim() : "";
  };
  return {
    orgType: calculatorSchema.shape.orgType.safeParse(sp.orgType).data ?? base.orgType,
    registeredInCity: flag(sp.registeredInCity),
    qualifications: PROFILE_QUALIFICATIONS.filter((q) => list.includes(q)),
    ...(Object.fromEntries(AMOUNTS.map((a) => [a, amount(a)])) as Record<AmountName, string>),
  };
}

/** the questionnaire as URL search params (the inverse of inputFromSearchParams) */
export function toSearchParams(input: CalculatorInput): URLSearchParams {
  const p = new URLSearchParams({ orgType: input.orgType });
  if (input.registeredInCity) p.set("registeredInCity", "on");
  for (const q of input.qualifications) p.append("qualifications", q);
  for (const a of AMOUNTS) if (input[a].trim()) p.set(a, input[a].trim());
  return p;
}

// LPR table forms (shared by the forms and the services).
import * as z from "zod/mini";

/** YYYY-MM from the LPR reform (2019) to 2099: a far date is a typing error or an attack, never an LPR month */
export const LPR_MONTH = /^(2019|20[2-9]\d)-(0[1-9]|1[0-2])$/;

export const lprRateSchema = z.object({
  month: z.string().check(z.trim(), z.regex(LPR_MONTH, "month")),
  /** one-year LPR in basis points (3.45% = 345) */
  bp: z.number("invalid").check(z.int("bp"), z.gte(1, "bp"), z.lte(2000, "bp")),
});

export const knownThroughSchema = z.object({
  knownThrough: z.string().check(z.trim(), z.regex(LPR_MONTH, "month")),
});

export type LprRateInput = z.input<typeof lprRateSchema>;

// LPR table forms (shared by the forms and the services).
import { z } from "zod";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const lprRateSchema = z.object({
  month: z.string().trim().regex(MONTH, "month"),
  /** one-year LPR in basis points (3.45% = 345) */
  bp: z.number("invalid").int("bp").min(1, "bp").max(2000, "bp"),
});

export const knownThroughSchema = z.object({
  knownThrough: z.string().trim().regex(MONTH, "month"),
});

export type LprRateInput = z.input<typeof lprRateSchema>;

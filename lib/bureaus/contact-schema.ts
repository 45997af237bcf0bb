// A bureau's contact for applicants: the admin form's schema (shared by the form and the service).
import { z } from "zod";

export interface BureauContactInfo {
  nameZh: string;
  nameEn: string;
  contactPhone: string | null;
  contactEmail: string | null;
  addressZh: string | null;
  addressEn: string | null;
}

/**
 * An empty answer is "not registered" (null), not an empty string. null itself passes too: the
 * action parses the form's input and the service parses the action's output again.
 */
const optional = (s: z.ZodType<string, string>) => z.union([z.null(), z.string().trim().pipe(z.union([z.literal("").transform(() => null), s]))]);

export const bureauContactSchema = z.object({
  bureauId: z.string().min(1).max(40),
  /** digits with the separators a Chinese number carries: 0631-5210000, (0631) 521 0000, 0631-5210000转801, +86 631 … */
  contactPhone: optional(z.string().max(40, "too_long").regex(/^\+?[\d\s()（）-]{5,30}(?:(?:转|ext\.?|x)\s?\d{1,6})?$/, "phone")),
  contactEmail: optional(z.string().max(120, "too_long").pipe(z.email("email"))),
  addressZh: optional(z.string().max(200, "too_long")),
  addressEn: optional(z.string().max(300, "too_long")),
});

export type BureauContactInput = z.input<typeof bureauContactSchema>;

// A bureau's contact for applicants: the admin form's schema (shared by the form and the service).
import * as z from "zod/mini";

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
const optional = (s: z.ZodMiniType<string, string>) =>
  z.union([z.null(), z.pipe(z.string().check(z.trim()), z.union([z.pipe(z.literal(""), z.transform(() => null)), s]))]);

export const bureauContactSchema = z.object({
  bureauId: z.string().check(z.minLength(1), z.maxLength(40)),
  /** digits with the separators a Chinese number carries: 0631-5210000, (0631) 521 0000, 0631-5210000转801, +86 631 … */
  contactPhone: optional(z.string().check(z.maxLength(40, "too_long"), z.regex(/^\+?[\d\s()（）-]{5,30}(?:(?:转|ext\.?|x)\s?\d{1,6})?$/, "phone"))),
  contactEmail: optional(z.pipe(z.string().check(z.maxLength(120, "too_long")), z.email("email"))),
  addressZh: optional(z.string().check(z.maxLength(200, "too_long"))),
  addressEn: optional(z.string().check(z.maxLength(300, "too_long"))),
});

export type BureauContactInput = z.input<typeof bureauContactSchema>;

// A what-if parameter set: only what measures.md marks configurable, plus a new LPR value.
import { z } from "zod";
import { GRADES } from "../../rules/core/types";
import { LPR_MONTH } from "./lpr-schema";
import { GRADED_MEASURES } from "./round-schema";

const GRADED_IDS = GRADED_MEASURES.map((m) => m.id) as [string, ...string[]];

export const paramChangeSchema = z.object({
  /** replaced grade lists of 择优 measures */
  eligibleGrades: z.partialRecord(z.enum(GRADED_IDS), z.array(z.enum(GRADES))).optional(),
  blacklistCheck: z.boolean().optional(),
  /** an LPR value for a month (added to, or replacing a month of, the table) */
  lpr: z.object({ month: z.string().regex(LPR_MONTH, "month"), bp: z.number().int("bp").min(1, "bp").max(2000, "bp") }).optional(),
});
export type ParamChange = z.infer<typeof paramChangeSchema>;

export const applySchema = z.object({
  roundId: z.string().min(1).max(64),
  change: paramChangeSchema,
  /** the round's updatedAt the admin saw: a round changed since is refused (stale) */
  roundUpdatedAt: z.string().min(1).max(40),
});

/** The change as it travels in the what-if page's query string (a GET form: shareable, pageable). */
export function changeFromQuery(q: Record<string, string | string[] | undefined>): ParamChange {
  const all = (k: string) => (Array.isArray(q[k]) ? (q[k] as string[]) : q[k] ? [q[k] as string] : []);
  const change: ParamChange = {};
  for (const id of all("gm")) {
    if (!GRADED_IDS.includes(id)) continue;
    (change.eligibleGrades ??= {})[id] = GRADES.filter((g) => all(`g.${id}`).includes(g));
  }
  const bl = all("bl")[0];
  if (bl === "on" || bl === "off") change.blacklistCheck = bl === "on";
  const month = all("lprMonth")[0]?.trim();
  const bp = Number(all("lprBp")[0]);
  if (month && LPR_MONTH.test(month) && Number.isInteger(bp) && bp >= 1 && bp <= 2000) change.lpr = { month, bp };
  return change;
}

export function changeToQuery(roundId: string, c: ParamChange): URLSearchParams {
  const p = new URLSearchParams({ round: roundId, run: "1" });
  for (const [id, gs] of Object.entries(c.eligibleGrades ?? {})) {
    p.append("gm", id);
    for (const g of gs ?? []) p.append(`g.${id}`, g);
  }
  if (c.blacklistCheck !== undefined) p.set("bl", c.blacklistCheck ? "on" : "off");
  if (c.lpr) {
    p.set("lprMonth", c.lpr.month);
    p.set("lprBp", String(c.lpr.bp));
  }
  return p;
}

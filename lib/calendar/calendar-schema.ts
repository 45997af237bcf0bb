// The admin's calendar forms (shared by the forms and the service).
import { z } from "zod";

/** the policy's term and a little beyond: a far date is a typing error */
export const CALENDAR_YEARS = { first: 2023, last: 2030 } as const;

const date = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "date").refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  const y = Number(s.slice(0, 4));
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) && y >= CALENDAR_YEARS.first && y <= CALENDAR_YEARS.last;
}, "calendar_date");

export const addCalendarDaySchema = z.object({
  date,
  kind: z.enum(["holiday", "workday"], "invalid"),
  nameZh: z.string().trim().min(2, "calendar_name").max(40, "calendar_name"),
});

export const removeCalendarDaySchema = z.object({ date });

export type AddCalendarDayInput = z.input<typeof addCalendarDaySchema>;

// The admin's calendar forms (shared by the forms and the service).
import * as z from "zod/mini";

/** the policy's term and a little beyond: a far date is a typing error */
export const CALENDAR_YEARS = { first: 2023, last: 2030 } as const;

const date = z.string().check(
  z.trim(),
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "date"),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    const y = Number(s.slice(0, 4));
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) && y >= CALENDAR_YEARS.first && y <= CALENDAR_YEARS.last;
  }, "calendar_date"),
);

export const addCalendarDaySchema = z.object({
  date,
  kind: z.enum(["holiday", "workday"], "invalid"),
  nameZh: z.string().check(z.trim(), z.minLength(2, "calendar_name"), z.maxLength(40, "calendar_name")),
});

export const removeCalendarDaySchema = z.object({ date });

export type AddCalendarDayInput = z.input<typeof addCalendarDaySchema>;

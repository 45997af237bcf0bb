"use server";
import { defineAction } from "@/lib/actions/define-action";
import { addCalendarDay, removeCalendarDay } from "@/lib/calendar/calendar";
import { addCalendarDaySchema, removeCalendarDaySchema } from "@/lib/calendar/calendar-schema";

export const addCalendarDayAction = defineAction(["admin"], addCalendarDaySchema, (input, user) => addCalendarDay(user, input));

export const removeCalendarDayAction = defineAction(["admin"], removeCalendarDaySchema, (input, user) => removeCalendarDay(user, input));

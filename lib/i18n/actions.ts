"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { definePublicAction } from "../actions/define-action";
import { LOCALE_COOKIE, LOCALES } from "./locale";

export const setLocale = definePublicAction(z.enum(LOCALES), async (locale) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  return locale;
});

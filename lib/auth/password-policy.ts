// The password rules every form and service shares (sign-up, colleague, staff, reset). Pure, so
// the forms check length and mix as the user types; the common-password list is checked on the
// server (common-passwords.ts), which keeps 400 kB of words out of the browser.
import * as z from "zod/mini";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 100;

/** Messages are codes under errors.* (password_short, password_weak, too_long). */
export const passwordSchema = z.string().check(
  z.minLength(PASSWORD_MIN, "password_short"),
  z.maxLength(PASSWORD_MAX, "too_long"),
  z.regex(/[A-Za-z]/, "password_weak"),
  z.regex(/\d/, "password_weak"),
);

// The fields every form that names an organisation or a person asks the same way: sign-up, the
// organisation's registration, verification and profile, a colleague, a staff account, a password
// reset (messages are codes under errors.*).
import * as z from "zod/mini";

/** a mobile number, or a landline with its area code */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** an e-mail address, trimmed and lower-cased */
export const emailField = z.pipe(z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email("email")), z.string().check(z.maxLength(120, "too_long")));

/** a person's name (a contact, a colleague, a member of staff) */
export const personNameField = z.string().check(z.trim(), z.minLength(2, "contact_name"), z.maxLength(30, "too_long"));

export const phoneField = z.string().check(z.trim(), z.regex(PHONE, "phone"));

/** an organisation's registered name */
export const orgNameField = z.string().check(z.trim(), z.minLength(2, "org_name"), z.maxLength(100, "too_long"));

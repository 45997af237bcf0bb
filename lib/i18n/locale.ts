export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = "locale";
export const resolveLocale = (v: string | undefined): Locale => (v === "en" ? "en" : "zh");

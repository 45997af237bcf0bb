// The one date formatter of the pages, one look per language, always Beijing time:
// zh "2026年12月4日 21:23" (as the printed documents read), en "4 Dec 2026, 21:23". Pure: it runs in
// server and client components alike, so a page never mixes two styles.
const TZ = "Asia/Shanghai";
const ZH_DAY: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", day: "numeric" };
const EN_DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const CLOCK: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

// built once: constructing an Intl formatter costs far more than using it
const FORMATS = {
  zh: {
    dateTime: new Intl.DateTimeFormat("zh-CN", { timeZone: TZ, ...ZH_DAY, ...CLOCK }),
    date: new Intl.DateTimeFormat("zh-CN", { timeZone: TZ, ...ZH_DAY }),
    day: new Intl.DateTimeFormat("zh-CN", { timeZone: "UTC", ...ZH_DAY }),
  },
  en: {
    dateTime: new Intl.DateTimeFormat("en-GB", { timeZone: TZ, ...EN_DAY, ...CLOCK }),
    date: new Intl.DateTimeFormat("en-GB", { timeZone: TZ, ...EN_DAY }),
    day: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...EN_DAY }),
  },
} as const;
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: TZ, ...CLOCK });

const asDate = (d: Date | string) => (typeof d === "string" ? new Date(d) : d);
/** the page's locale as next-intl gives it: English when "en", Chinese otherwise */
const pick = (locale: string) => FORMATS[locale === "en" ? "en" : "zh"];

/** an instant with its Beijing time: "2026年12月4日 21:23" / "4 Dec 2026, 21:23" */
export function formatDateTime(d: Date | string, locale: string): string {
  return pick(locale).dateTime.format(asDate(d));
}

/** the Beijing date of an instant: "2026年12月4日" / "4 Dec 2026" */
export function formatDate(d: Date | string, locale: string): string {
  return pick(locale).date.format(asDate(d));
}

/**
 * A calendar day that has no time of its own (a database DATE, read as UTC midnight, or an ISO
 * "2025-12-31" fact): "2025年12月31日" / "31 Dec 2025", never shifted by a time zone.
 */
export function formatDay(day: Date | string, locale: string): string {
  const d = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  // a string that is not a real day ("2026-02-30" would roll over to March) is shown as it is
  if (Number.isNaN(d.getTime()) || (typeof day === "string" && d.toISOString().slice(0, 10) !== day)) return String(day);
  return pick(locale).day.format(d);
}

/** the Beijing clock time of an instant: "21:23" (the same in both languages) */
export function formatTime(d: Date | string): string {
  return TIME.format(asDate(d));
}

import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locale";
import { MESSAGES } from "./messages";
import { precompileMessages } from "./precompile";

type Locale = keyof typeof MESSAGES;
const compiled = new Map<Locale, (typeof MESSAGES)[Locale]>();
/** a locale's messages compiled once per process (lib/i18n/precompile.ts) */
function messagesOf(locale: Locale) {
  let m = compiled.get(locale);
  if (!m) compiled.set(locale, (m = precompileMessages(MESSAGES[locale])));
  return m;
}

// No locale in the URL: Chinese by default, English when the visitor chose it (cookie).
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messagesOf(locale), timeZone: "Asia/Shanghai" };
});

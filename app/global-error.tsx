"use client";
import { useSyncExternalStore } from "react";
import { ErrorView } from "@/components/error-view";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import "./globals.css";

// The root layout itself failed: this replaces it, with its own <html>. No layout gives the locale
// here, so it is read from the locale cookie (Chinese until then, as the portal's default).
const cookieLocale = (): "zh" | "en" => (new RegExp(`(?:^|; )${LOCALE_COOKIE}=en(?:;|$)`).test(document.cookie) ? "en" : "zh");
const noSubscribe = () => () => {};

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(noSubscribe, cookieLocale, () => "zh" as const);
  return (
    <html lang={locale === "en" ? "en" : "zh-CN"}>
      <head>
        <title>{locale === "en" ? "Weihai Policy Portal" : "威海科技创新政策兑现平台"}</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <header className="border-b-4 border-gov-red bg-brand-800 px-4 py-3 text-white">
          <p className="mx-auto max-w-6xl text-base font-semibold sm:text-lg">{locale === "en" ? "Weihai Policy Portal" : "威海科技创新政策兑现平台"}</p>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
          <ErrorView error={error} retry={retry} locale={locale} />
        </main>
      </body>
    </html>
  );
}

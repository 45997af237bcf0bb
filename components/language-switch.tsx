"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { useHydrated } from "./form/hydrated-form";

export function LanguageSwitch({ locale, label, ariaLabel }: { locale: "zh" | "en"; label: string; ariaLabel: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  // a click before the page's script runs would do nothing: the button waits for it
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="rounded border border-white/50 px-2 py-1 text-white hover:bg-white/10 disabled:opacity-60"
      lang={locale === "zh" ? "en" : "zh-CN"}
      disabled={pending || !hydrated}
      data-testid="language-switch"
      onClick={() => start(async () => {
        await setLocale(locale === "zh" ? "en" : "zh");
        router.refresh();
      })}
    >
      {/* the accessible name starts with the visible label (WCAG 2.5.3), the hint in the page's language */}
      {label}<span className="sr-only" lang={locale === "zh" ? "zh-CN" : "en"}> ({ariaLabel})</span>
    </button>
  );
}

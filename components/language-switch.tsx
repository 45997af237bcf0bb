"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";

export function LanguageSwitch({ locale, label, ariaLabel }: { locale: "zh" | "en"; label: string; ariaLabel: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      className="rounded border border-white/50 px-2 py-1 text-white hover:bg-white/10 disabled:opacity-60"
      aria-label={ariaLabel}
      lang={locale === "zh" ? "en" : "zh-CN"}
      disabled={pending}
      data-testid="language-switch"
      onClick={() => start(async () => {
        await setLocale(locale === "zh" ? "en" : "zh");
        router.refresh();
      })}
    >
      {label}
    </button>
  );
}

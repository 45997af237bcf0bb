"use client";
import { createContext, useContext } from "react";

// The page's locale for the few client components that render outside any NextIntlClientProvider
// (the root error boundary, app/error.tsx): the root layout gives it, so an error page speaks the
// page's language from its first render, without shipping a message catalogue to every page.
const LocaleContext = createContext<"zh" | "en">("zh");

export function LocaleProvider({ locale, children }: { locale: "zh" | "en"; children: React.ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export const usePageLocale = () => useContext(LocaleContext);

import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleProvider } from "@/components/locale-context";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("short")}` }, description: t("footer") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page must render per request: Next puts the request's CSP nonce (proxy.ts) on its scripts
  // only then. getLocale() reads the request (next-intl), which already makes every page dynamic;
  // e2e/headers.spec.ts fails if a page is served with scripts that lack the nonce. An inline
  // <script> of our own takes the nonce from the x-nonce request header.
  const locale = await getLocale();
  const [t, tDocs] = await Promise.all([getTranslations("app"), getTranslations("documents.verify")]);
  return (
    <html lang={locale === "en" ? "en" : "zh-CN"}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skip")}
        </a>
        {/* no NextIntlClientProvider here: the signed-in areas' layouts and the public pages' client
            forms (components/client-messages.tsx) bring their own, so a public page ships no catalogue */}
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
          <LocaleProvider locale={locale === "en" ? "en" : "zh"}>{children}</LocaleProvider>
        </main>
        <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-600">
          {t("footer")} · <Link href="/verify" className="tap underline" data-testid="footer-verify">{tDocs("footerLink")}</Link>
        </footer>
      </body>
    </html>
  );
}

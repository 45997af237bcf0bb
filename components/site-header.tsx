import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentSession } from "@/lib/auth/session";
import { navFor } from "@/lib/auth/navigation";
import { LanguageSwitch } from "./language-switch";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const [t, tr, locale, session] = await Promise.all([getTranslations("nav"), getTranslations("roles"), getLocale(), currentSession()]);
  // a session that owes its second factor sees no menu, only sign-out (ADR 022)
  const user = session?.factor === "ok" ? session.user : null;
  const items = navFor(user?.role ?? null);
  return (
    <header className="border-b-4 border-gov-red bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-white no-underline hover:no-underline">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded bg-white text-sm font-bold text-brand-800">威</span>
          <span className="text-base font-semibold sm:text-lg">{locale === "en" ? "Weihai Policy Portal" : "威海科技创新政策兑现平台"}</span>
        </Link>
        <nav aria-label={t("menu")} className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {items.map((i) => (
              <li key={i.href}>
                <Link href={i.href} className="tap text-white/90 hover:text-white">{t(i.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LanguageSwitch locale={locale === "en" ? "en" : "zh"} label={t("language")} ariaLabel={t("languageLabel")} />
          {user ? (
            <>
              <NotificationBell unread={session?.unread ?? 0} />
              {/* English menu labels are longer: at laptop widths the name would push the menu onto a second line */}
              <span className={`hidden text-white/80 ${locale === "en" ? "2xl:inline" : "md:inline"}`} data-testid="current-user">{user.name} · {tr(user.role)}</span>
              <SignOutButton label={t("signOut")} />
            </>
          ) : session ? (
            <SignOutButton label={t("signOut")} />
          ) : (
            <>
              <Link href="/sign-in" className="tap text-white hover:text-white">{t("signIn")}</Link>
              <Link href="/sign-up" className="rounded bg-white px-3 py-1 font-medium text-brand-800 no-underline hover:no-underline">{t("signUp")}</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

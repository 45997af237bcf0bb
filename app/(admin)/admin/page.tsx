import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { formatDateTime } from "@/lib/format-date";
import { adminOverview } from "@/lib/admin/rounds";
import { guardPage } from "@/lib/auth/guard-page";
import { formatMoney } from "@/lib/money";
import { RoundStatusBadge } from "./_components/round-status-badge";

const SECTIONS = [
  { href: "/admin/rounds", key: "rounds" },
  { href: "/admin/dashboard", key: "dashboard" },
  { href: "/admin/whatif", key: "whatif" },
  { href: "/admin/offers", key: "offers" },
  { href: "/admin/lpr", key: "lpr" },
  { href: "/admin/calendar", key: "calendar" },
  { href: "/admin/users", key: "users" },
  { href: "/admin/bureaus", key: "bureaus" },
] as const;

export default async function AdminHome() {
  const user = await guardPage("/admin", "admin");
  const [t, th, ts, tr, locale] = await Promise.all([
    getTranslations("landing.admin"), getTranslations("admin.home"), getTranslations("admin.roundStatus.status"), getTranslations("roles"), getLocale(),
  ]);
  const { rounds, users } = await adminOverview(user);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{th("lead")}</p>
      </div>
      <nav aria-label={th("sections")}>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <Link href={s.href} className="card block h-full p-4 no-underline transition hover:border-brand-600 hover:no-underline">
                <span className="block font-semibold text-brand-800">{th(`${s.key}.title`)}</span>
                <span className="mt-1 block text-sm text-slate-700">{th(`${s.key}.body`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section>
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("rounds")}</h2>
          <Link href="/admin/rounds/new" className="btn-secondary">{th("newRound")}</Link>
        </div>
        {rounds.length === 0 ? <EmptyState title={t("empty")} /> : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {rounds.map((r) => (
              <li key={r.id} className="card">
                <div className="flex items-center justify-between gap-2">
                  <Link href={`/admin/rounds/${r.id}`} className="font-medium">{r.name}</Link>
                  <RoundStatusBadge status={r.status} label={ts(r.status)} />
                </div>
                <p className="mt-1 text-sm text-slate-700">{formatDateTime(r.opensAt, locale)} – {formatDateTime(r.closesAt, locale)}</p>
                <p className="text-sm text-slate-700">{t("measures", { count: r._count.measures })} · {th("cases", { count: r._count.cases })} · {t("budget", { amount: formatMoney(r.totalBudgetFen, locale) })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="mb-3 text-lg font-semibold">{t("users")}</h2>
        <ul className="flex flex-wrap gap-3 text-sm">
          {users.map((u) => <li key={u.role} className="card px-4 py-2">{tr(u.role)}：{u._count}</li>)}
        </ul>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { formatDateTime } from "@/lib/format-date";
import { listRounds } from "@/lib/admin/rounds";
import { guardPage } from "@/lib/auth/guard-page";
import { formatMoney } from "@/lib/money";
import { RoundStatusBadge } from "../_components/round-status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.rounds"))("title") };
}

export default async function RoundsPage() {
  const user = await guardPage("/admin/rounds", "admin");
  const [t, ts, locale] = await Promise.all([getTranslations("admin.rounds"), getTranslations("admin.roundStatus.status"), getLocale()]);
  const rounds = await listRounds(user);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="page-title">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
        </div>
        <Link href="/admin/rounds/new" className="btn-primary">{t("new")}</Link>
      </div>
      {rounds.length === 0 ? <EmptyState title={t("empty")} /> : (
        <ul className="grid gap-3 md:grid-cols-2" data-testid="round-list">
          {rounds.map((r) => (
            <li key={r.id} className="card space-y-2">
              <div className="flex items-start justify-between gap-2">
                <Link href={`/admin/rounds/${r.id}`} className="font-medium">{r.name}</Link>
                <RoundStatusBadge status={r.status} label={ts(r.status)} />
              </div>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700">
                <dt className="text-slate-500">{t("window")}</dt><dd>{formatDateTime(r.opensAt, locale)} – {formatDateTime(r.closesAt, locale)}</dd>
                <dt className="text-slate-500">{t("budget")}</dt><dd className="tabular-nums">{formatMoney(r.totalBudgetFen, locale)}</dd>
                <dt className="text-slate-500">{t("scope")}</dt><dd>{t("scopeValue", { measures: r._count.measures, cases: r.cases })}</dd>
              </dl>
              <div className="flex flex-wrap gap-3 pt-1 text-sm">
                <Link href={`/admin/rounds/${r.id}`}>{t("edit")}</Link>
                <Link href={`/admin/dashboard?round=${r.id}`}>{t("dashboard")}</Link>
                <Link href={`/admin/whatif?round=${r.id}`}>{t("whatif")}</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

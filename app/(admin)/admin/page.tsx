import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { guardPage } from "@/lib/auth/guard-page";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/money";

const DATE = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium" });

export default async function AdminHome() {
  await guardPage("/admin", "admin");
  const t = await getTranslations("landing.admin");
  const [rounds, users] = await Promise.all([
    db.round.findMany({ orderBy: { opensAt: "desc" }, include: { _count: { select: { measures: true } } } }),
    db.user.groupBy({ by: ["role"], _count: true }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="page-title">{t("title")}</h1>
      <section>
        <h2 className="mb-3 text-lg font-semibold">{t("rounds")}</h2>
        {rounds.length === 0 ? <EmptyState title={t("empty")} /> : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {rounds.map((r) => (
              <li key={r.id} className="card">
                <div className="flex items-center justify-between gap-2">
                  <p className="font-medium">{r.name}</p>
                  {r.status === "open" && <span className="rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">{t("open")}</span>}
                </div>
                <p className="mt-1 text-sm text-slate-700">{t("roundWindow", { from: DATE.format(r.opensAt), to: DATE.format(r.closesAt) })}</p>
                <p className="text-sm text-slate-700">{t("measures", { count: r._count.measures })} · {t("budget", { amount: formatMoney(r.totalBudgetFen) })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="mb-3 text-lg font-semibold">{t("users")}</h2>
        <ul className="flex flex-wrap gap-3 text-sm">
          {users.map((u) => <li key={u.role} className="card px-4 py-2">{u.role}: {u._count}</li>)}
        </ul>
      </section>
    </div>
  );
}

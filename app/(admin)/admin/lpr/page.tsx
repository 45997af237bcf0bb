import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { lprTable } from "@/lib/admin/lpr";
import { guardPage } from "@/lib/auth/guard-page";
import { AddLprForm, KnownThroughForm } from "./lpr-forms";
import { AdminHeader } from "../_components/admin-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.lpr"))("title") };
}

/** the month before "YYYY-MM" */
function previousMonth(m: string): string {
  const [y, mo] = m.split("-").map(Number);
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, "0")}`;
}

export default async function LprPage() {
  const user = await guardPage("/admin/lpr", "admin");
  const t = await getTranslations("admin.lpr");
  const { entries, knownThrough } = await lprTable(user);
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} lead={t("lead")} />
      <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
        <section className="card overflow-x-auto p-0" aria-labelledby="lpr-table-title">
          <h2 id="lpr-table-title" className="px-5 pt-4 text-base font-semibold">{t("tableTitle")}</h2>
          <p className="px-5 pb-2 text-sm text-slate-700" data-testid="known-through">{t("knownThroughNow", { month: knownThrough })}</p>
          <table className="w-full text-sm" data-testid="lpr-table">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr><th scope="col" className="px-5 py-2">{t("month")}</th><th scope="col" className="px-3 py-2 text-right">{t("bp")}</th><th scope="col" className="px-3 py-2 text-right">{t("percent")}</th><th scope="col" className="px-5 py-2">{t("holds")}</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((e, i) => {
                const next = entries[i + 1];
                const until = next ? previousMonth(next.month) : knownThrough;
                return (
                  <tr key={e.month}>
                    <th scope="row" className="px-5 py-2 text-left font-medium tabular-nums">{e.month}</th>
                    <td className="px-3 py-2 text-right tabular-nums">{e.bp}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{(e.bp / 100).toFixed(2)}%</td>
                    <td className="px-5 py-2 text-slate-700">{until >= e.month ? t("until", { from: e.month, to: until }) : t("notCovered")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="px-5 py-3 text-xs text-slate-600">{t("rulesNote")}</p>
        </section>
        <div className="space-y-6">
          <AddLprForm />
          <KnownThroughForm current={knownThrough} />
        </div>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/guard-page";
import { calendarYear } from "@/lib/calendar/calendar";
import { CALENDAR_YEARS } from "@/lib/calendar/calendar-schema";
import { AddCalendarDayForm, RemoveCalendarDayButton } from "./calendar-forms";
import { AdminHeader } from "../_components/admin-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs.calendar"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const WEEKDAY_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const WEEKDAY_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await guardPage("/admin/calendar", "admin");
  const [t, locale] = await Promise.all([getTranslations("jobs.calendar"), getLocale()]);
  const en = locale === "en";
  const sp = await searchParams;
  const raw = Array.isArray(sp.year) ? sp.year[0] : sp.year;
  const { year, rows, covered } = await calendarYear(user, Number(raw ?? new Date().getUTCFullYear()));
  const years = Array.from({ length: CALENDAR_YEARS.last - CALENDAR_YEARS.first + 1 }, (_, i) => CALENDAR_YEARS.first + i);
  const term = years.filter((y) => y <= 2028);
  const missing = term.filter((y) => !covered.includes(y));
  const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} lead={t("lead")}>
        <p className="mt-2 text-sm text-slate-800" data-testid="calendar-covered">{t("covered", { years: covered.join("、") || "—" })}</p>
        {missing.length > 0 && <p className="mt-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" role="note" data-testid="calendar-missing">{t("notCovered", { years: missing.join("、") })}</p>}
      </AdminHeader>
      <nav aria-label={t("yearNav")}>
        <ul className="flex flex-wrap gap-1">
          {years.map((y) => (
            <li key={y}>
              <Link href={`/admin/calendar?year=${y}`} aria-current={y === year ? "page" : undefined}
                className={`inline-block rounded-md px-3 py-1.5 text-sm tabular-nums no-underline ${y === year ? "bg-brand-700 text-white" : "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"}`}>
                {y}{covered.includes(y) ? "" : " *"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
        <section className="card overflow-x-auto p-0" aria-labelledby="cal-title">
          <h2 id="cal-title" className="px-5 pt-4 text-base font-semibold">{year} · {t("count", { n: rows.length })}</h2>
          {rows.length === 0 ? <p className="px-5 py-4 text-sm text-slate-700">{t("empty", { year })}</p> : (
            <table className="mt-2 w-full text-sm" data-testid="calendar-table">
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr><th scope="col" className="px-5 py-2">{t("date")}</th><th scope="col" className="px-3 py-2">{t("kind")}</th><th scope="col" className="px-3 py-2">{t("name")}</th><th scope="col" className="hidden px-3 py-2 sm:table-cell">{t("source")}</th><th scope="col" className="px-3 py-2"><span className="sr-only">{t("remove")}</span></th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <tr key={r.date} data-testid="calendar-row">
                    <th scope="row" className="whitespace-nowrap px-5 py-2 text-left font-medium tabular-nums">{r.date} <span className="font-normal text-slate-600">{(en ? WEEKDAY_EN : WEEKDAY_ZH)[weekday(r.date)]}</span></th>
                    <td className="px-3 py-2"><span className={`rounded-full px-2 py-0.5 text-xs ${r.kind === "holiday" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"}`}>{t(`kinds.${r.kind}`)}</span></td>
                    <td className="px-3 py-2">{r.nameZh}</td>
                    <td className="hidden px-3 py-2 text-slate-600 sm:table-cell">{r.source.startsWith("admin:") ? t("sourceAdmin") : r.source}</td>
                    <td className="px-3 py-2 text-right"><RemoveCalendarDayButton date={r.date} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <AddCalendarDayForm year={year} />
      </div>
    </div>
  );
}
